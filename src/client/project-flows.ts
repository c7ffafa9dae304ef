import { DEFAULT_FLOW_TYPE, DEFAULT_TARGET } from "../model/contract";
import type { Project, ProjectFlow } from "./types";

/**
 * The flows of a project, whatever shape `projectFlows` has (api-contract.md §12 #8): an id string
 * (create/update answers), an array of ids or of populated objects (GET/list), a single object, or null.
 * Bare ids come back as `{_id}` only.
 */
export function projectFlows(project: Pick<Project, "projectFlows">): ProjectFlow[] {
  const raw = project.projectFlows as unknown;
  const one = (x: unknown): ProjectFlow | undefined =>
    typeof x === "string" && x !== "" ? { _id: x } : typeof x === "object" && x !== null && typeof (x as ProjectFlow)._id === "string" ? (x as ProjectFlow) : undefined;
  if (Array.isArray(raw)) return raw.map(one).filter((f): f is ProjectFlow => f !== undefined);
  const f = one(raw);
  return f ? [f] : [];
}

/** The flow with this id, or (without an id) the one with this target and type. */
export function findFlow(project: Pick<Project, "projectFlows">, by: { id?: string; target?: string; type?: string }): ProjectFlow | undefined {
  const flows = projectFlows(project);
  if (by.id) return flows.find((f) => f._id === by.id);
  return flows.find((f) => (f.target ?? DEFAULT_TARGET) === (by.target ?? DEFAULT_TARGET) && (f.type ?? DEFAULT_FLOW_TYPE) === (by.type ?? DEFAULT_FLOW_TYPE));
}
