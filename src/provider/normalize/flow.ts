import type { Project, ProjectFlow } from "../../client";
import { FLOW_DEFAULTS, FLOW_SECTIONS as MODEL_FLOW_SECTIONS, type ProjectStatus } from "../../model";
import { Attribute, ObjectValue, Value, valuesEqual } from "../../plugin";
import { apiName } from "../schemas/from-model";
import { flowSchema } from "../schemas/flow";
import { snakeCase } from "./case";
import { fromApi, toApi } from "./convert";

/** The flow's configurable sections as attribute names, in the model's order (the order the wizard applies them). */
export const FLOW_SECTIONS: readonly string[] = MODEL_FLOW_SECTIONS.map((s) => snakeCase(s));
export type FlowSectionName = string;

const attributes = () => flowSchema().attributes;

/**
 * The status the flow resource reports: the project's and the flow's status agree after every apply;
 * when someone changed one of them out of band, the one that is not `active` wins, so the plan shows
 * the activation that would restore both.
 */
export function effectiveStatus(projectStatus: unknown, flowStatus: unknown): ProjectStatus {
  const p = typeof projectStatus === "string" ? projectStatus : undefined;
  const f = typeof flowStatus === "string" ? flowStatus : undefined;
  const pick = (x: string | undefined, y: string | undefined) => (x === y || !y ? x : !x ? y : x === "active" ? y : y === "active" ? x : p);
  return (pick(p, f) ?? FLOW_DEFAULTS.status) as ProjectStatus;
}

/** The state of `smartenroll_project_flow` from a project GET (or list item) and its flow. */
export function flowState(project: Project, flow: ProjectFlow, prior?: ObjectValue): ObjectValue {
  const s = fromApi(attributes(), flow, prior);
  s.id = flow._id;
  s.project_id = project._id;
  s.type = (flow.type as Value) ?? prior?.type ?? FLOW_DEFAULTS.type;
  s.target = (flow.target as Value) ?? prior?.target ?? FLOW_DEFAULTS.target;
  s.status = effectiveStatus(project.status, flow.status);
  return s;
}

/** Sections whose planned value differs from the prior state. */
export function changedSections(plan: ObjectValue, prior: ObjectValue): FlowSectionName[] {
  return FLOW_SECTIONS.filter((s) => !valuesEqual(plan[s] ?? null, prior[s] ?? null));
}

/**
 * The `projectFlow` body of `PUT /v3/projects/{id}` (the API's upsert) for the given sections, with the
 * `target`/`type` that select the flow. Unknown values are left out.
 */
export function flowConfigBody(plan: ObjectValue, sections: readonly FlowSectionName[] = FLOW_SECTIONS): Record<string, unknown> {
  const attrs = attributes();
  const pick: Record<string, Attribute> = { target: attrs.target, type: attrs.type };
  for (const s of sections) pick[s] = attrs[s];
  const body = toApi(pick, plan);
  for (const s of sections) {
    const k = apiName(attrs[s]);
    if (k !== undefined && body[k] === null) delete body[k];
  }
  return body;
}

/** The project update that configures the flow: `{projectFlow, projectFlowType}`. */
export function flowUpsertBody(plan: ObjectValue, sections: readonly FlowSectionName[] = FLOW_SECTIONS): Record<string, unknown> {
  const projectFlow = flowConfigBody(plan, sections);
  return { projectFlow, projectFlowType: projectFlow.type ?? FLOW_DEFAULTS.type };
}

/** The seed's activation call, generalised to any status: `{status, projectFlow: {status, target, type}, projectFlowType}`. */
export function statusBody(status: string, target: unknown, type: unknown): Record<string, unknown> {
  const t = typeof type === "string" ? type : FLOW_DEFAULTS.type;
  return { status, projectFlow: { status, target: typeof target === "string" ? target : FLOW_DEFAULTS.target, type: t }, projectFlowType: t };
}
