import { isUnknown, type PlanModifier } from "../../plugin";

/**
 * Plans a computed attribute as its prior state value, null included (the framework's
 * useStateForUnknown skips nulls): for values that no update of this resource changes, such as a
 * project's `identifier`.
 */
export function keepPrior(): PlanModifier {
  return {
    description: "Updates of this resource do not change this value; it is refreshed from the API.",
    modify(req, resp) {
      if (req.state === null || !isUnknown(req.planValue) || isUnknown(req.configValue)) return;
      resp.planValue = req.stateValue;
    },
  };
}
