import { projectFlows, type Project, type SmartEnrollClient } from "../../client";
import { projectCreateInput, validateProjectCreate, type ModelIssue } from "../../model";
import type { CreateRequest, CreateResponse, DeleteRequest, DeleteResponse, ImportStateRequest, ImportStateResponse, ReadRequest, ReadResponse, Schema, UpdateRequest, UpdateResponse } from "../../plugin";
import { containsUnknown, isUnknown, ObjectValue, valuesEqual } from "../../plugin";
import { addApiError, isConflict, type ApiErrorContext } from "../errors";
import { addNameTaken } from "../name-taken";
import { projectCreateBody, projectState, projectUpdateBody } from "../normalize/project";
import { statusBody } from "../normalize/flow";
import { projectSchema } from "../schemas/project";
import { SmartEnrollResource } from "./base";
import { IdModel } from "./id-model";

/** `smartenroll_project`: the project itself (wizard step 1). */
export class ProjectResource extends SmartEnrollResource {
  protected readonly typeSuffix = "project";

  schema(): Schema {
    return projectSchema();
  }

  describe(state: ObjectValue): string {
    return `project "${String(state.name)}" (${String(state.id)})`;
  }

  protected modelIssues(input: Record<string, unknown>): ModelIssue[] {
    return validateProjectCreate(input);
  }

  async create(req: CreateRequest, resp: CreateResponse): Promise<void> {
    const client = this.client(resp.diagnostics);
    if (!client) return;
    const body = this.checked(projectCreateInput, projectCreateBody(req.plan), req.plan, resp.diagnostics);
    if (!body) {
      resp.state = null;
      return;
    }
    let created: Project;
    try {
      created = await client.projects.create(body, { signal: req.signal });
    } catch (e) {
      resp.state = null;
      if (isConflict(e) && (await addNameTaken(client, body.name, resp.diagnostics, req.signal))) return;
      addApiError(resp.diagnostics, e, "Error Creating Project", this.apiErrorOpts());
      return;
    }
    resp.state = await settledState(client, created, req.plan, req.signal, resp, this.apiErrorOpts());
  }

  async read(req: ReadRequest, resp: ReadResponse): Promise<void> {
    const { id } = IdModel.fromValue(req.state);
    await this.readState(resp, "Error Reading Project", [id], async (client) => projectState(await client.projects.read(id, { signal: req.signal }), req.state));
  }

  async update(req: UpdateRequest, resp: UpdateResponse): Promise<void> {
    const { id } = IdModel.fromValue(req.state);
    const body = projectUpdateBody(req.plan, req.state);
    await this.writeState(resp, "Error Updating Project", async (client) => {
      const answer = body ? await client.projects.update(id, body, { signal: req.signal }) : await client.projects.read(id, { signal: req.signal });
      const state = await settledState(client, answer, req.plan, req.signal, resp, this.apiErrorOpts());
      // identifier was planned as its prior value: a change by someone else shows at the next refresh
      if (!isUnknown(req.plan.identifier)) state.identifier = req.plan.identifier;
      return state;
    });
  }

  async delete(req: DeleteRequest, resp: DeleteResponse): Promise<void> {
    await this.deleteRemote(resp, "Error Deleting Project", (client) => deleteProject(client, IdModel.fromValue(req.state).id, req.signal));
  }

  importState(req: ImportStateRequest, resp: ImportStateResponse): void {
    resp.state = IdModel.toValue({ id: req.id.trim() }, resp.state);
  }
}

/**
 * State after a write: built from the write's answer (its project fields match a GET's), or from a fresh
 * GET when the answer lacks a value the plan expects. A failing follow-up read keeps the id.
 */
async function settledState(
  client: SmartEnrollClient,
  answer: Project,
  plan: ObjectValue,
  signal: AbortSignal,
  resp: CreateResponse | UpdateResponse,
  errors: ApiErrorContext,
): Promise<ObjectValue> {
  const fromAnswer = projectState(answer, plan);
  if (consistentWith(fromAnswer, plan)) return fromAnswer;
  try {
    client.projects.invalidate(answer._id);
    return projectState(await client.projects.read(answer._id, { signal }), plan);
  } catch (e) {
    addApiError(resp.diagnostics, e, "Error Reading Project After Write", errors);
    return { ...fromAnswer, id: answer._id };
  }
}

/** True when every value the plan knows is what `state` holds. */
function consistentWith(state: ObjectValue, plan: ObjectValue): boolean {
  return Object.entries(plan).every(([k, v]) => k === "identifier" || containsUnknown(v) || valuesEqual(v, state[k] ?? null));
}

/**
 * Deletes a project; when the API refuses because it is active (409), pauses the project and its
 * active flows first, then deletes again.
 */
export async function deleteProject(client: SmartEnrollClient, id: string, signal: AbortSignal): Promise<void> {
  try {
    await client.projects.delete(id, { signal });
    return;
  } catch (e) {
    if (!isConflict(e)) throw e;
  }
  client.projects.invalidate(id);
  const project = await client.projects.get(id, { signal });
  const active = projectFlows(project).filter((f) => f.status === "active");
  const [first, ...rest] = active;
  for (const f of rest) await client.flows.update(f._id, { status: "paused" }, { signal, projectId: id });
  await client.projects.update(id, first ? statusBody("paused", first.target, first.type) : { status: "paused" }, { signal });
  await client.projects.delete(id, { signal });
}
