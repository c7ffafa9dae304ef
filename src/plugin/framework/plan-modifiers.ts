import type { Diagnostics } from "./diagnostics";
import type { AttributePath } from "./path";
import { isUnknown, ObjectValue, Value, valuesEqual } from "./values";
import type { Awaitable } from "./awaitable";

/** What an attribute plan modifier sees. */
export interface PlanModifierRequest {
  readonly path: AttributePath;
  /** The attribute's config value. */
  readonly configValue: Value;
  /** The attribute's prior state value (null on create). */
  readonly stateValue: Value;
  /** The attribute's planned value so far (after defaults and earlier modifiers). */
  readonly planValue: Value;
  /** Whole objects, for rules that look at other attributes. `state` is null on create. */
  readonly config: ObjectValue;
  readonly state: ObjectValue | null;
  readonly plan: ObjectValue;
  readonly signal: AbortSignal;
}

/** What an attribute plan modifier may change. */
export interface PlanModifierResponse {
  /** Starts as the request's planValue. */
  planValue: Value;
  /** Set true when a change of this attribute needs the resource to be replaced. */
  requiresReplace: boolean;
  readonly diagnostics: Diagnostics;
}

/**
 * Changes an attribute's planned value or asks for replacement. Runs during PlanResourceChange for
 * create and update (not destroy), after the framework has marked computed attributes unknown.
 */
export interface PlanModifier {
  /** One plain sentence for the docs. */
  readonly description: string;
  readonly markdownDescription?: string;
  modify(req: PlanModifierRequest, resp: PlanModifierResponse): Awaitable<void>;
}

/** A change of this attribute (on an existing resource) replaces the resource. */
export function requiresReplace(): PlanModifier {
  return requiresReplaceIf(() => true, "If the value of this attribute changes, Terraform will destroy and recreate the resource.");
}

/**
 * Like {@link requiresReplace}, but only when `condition` says so for the change at hand.
 * `condition` is called only for updates where the planned value differs from the prior state.
 */
export function requiresReplaceIf(condition: (req: PlanModifierRequest) => boolean, description: string): PlanModifier {
  return {
    description,
    modify(req, resp) {
      if (req.state === null) return;
      if (valuesEqual(req.planValue, req.stateValue)) return;
      if (condition(req)) resp.requiresReplace = true;
    },
  };
}

/**
 * Keeps the prior state value instead of planning "known after apply" for a computed attribute that
 * does not change once set (an id, a creation time).
 */
export function useStateForUnknown(): PlanModifier {
  return {
    description: "Once set, the value of this attribute in state will not change.",
    modify(req, resp) {
      if (req.state === null || req.stateValue === null) return;
      if (!isUnknown(req.planValue) || isUnknown(req.configValue)) return;
      resp.planValue = req.stateValue;
    },
  };
}
