import { activationRule, canMoveStatus, FLOW_DEFAULTS } from "../model";
import { conflict, flowRequired } from "./errors";
import type { FlowDoc } from "./flow-doc";

/** Enforces the model's lifecycle (draft → active ⇄ paused, never back to draft): 409 Conflict otherwise. */
export function checkTransition(what: "project" | "project flow", from: string, to: string): void {
  if (!canMoveStatus(from, to)) throw conflict(`Cannot change ${what} status from "${from}" to "${to}"`);
}

/** 409 `project_flow_required` unless `flow` exists, has a redirect URL and its mandatory steps are configured. */
export function checkActivation(flow: FlowDoc | undefined, prefix: (string | number)[]): void {
  const issues = activationRule(flow, prefix, { complete: true });
  if (issues.length) throw flowRequired(issues);
}

/** The flow a project-level activation relies on: personal onboarding first, else the oldest. */
export function primaryFlow(flows: FlowDoc[]): FlowDoc | undefined {
  return flows.find((f) => f.target === FLOW_DEFAULTS.target && f.type === FLOW_DEFAULTS.type) ?? flows[0];
}
