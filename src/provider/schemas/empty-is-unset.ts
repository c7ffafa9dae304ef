import type { PlanModifier } from "../../plugin";

const none = (v: unknown) => v === "" || v === null;

/**
 * For a string setting the API reads as "none" whether it is `""` or null: when the configuration leaves it unset
 * and both the state and the default say "none", the plan keeps the state's spelling, so the two never show as a change.
 */
export function emptyIsUnset(): PlanModifier {
  return {
    description: 'When unset, `""` and null both mean none: the plan keeps whichever the API holds.',
    modify(req, resp) {
      if (req.state !== null && req.configValue === null && none(req.stateValue) && none(resp.planValue)) resp.planValue = req.stateValue;
    },
  };
}
