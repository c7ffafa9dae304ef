import { findFlow, type ProjectFlow } from "../../client";
import { canMoveStatus, validateActivation, validateFlow, type ModelIssue } from "../../model";
import type { CreateRequest, CreateResponse, DeleteRequest, DeleteResponse, ImportStateRequest, ImportStateResponse, ModifyPlanRequest, ModifyPlanResponse, ObjectValue, ReadRequest, ReadResponse, Schema, UpdateRequest, UpdateResponse } from "../../plugin";
import { AttributePath } from "../../plugin";
import { addApiError, isConflict } from "../errors";
import { changedSections, flowConfigBody, flowState, flowUpsertBody, statusBody } from "../normalize/flow";
import { addFlowTaken, createOwnFlow } from "../flow-owner";
import { flowSchema } from "../schemas/flow";
import { addModelIssues, modelInput } from "../validation";
import { SmartEnrollResource } from "./base";
import { converge } from "./flow-converge";
import { FlowModel } from "./flow-model";

const attrs = () => flowSchema().attributes;

/** `smartenroll_project_flow`: the flow's configuration (wizard steps 2–5) and the project's lifecycle. */
export class ProjectFlowResource extends SmartEnrollResource {
  protected readonly typeSuffix = "project_flow";

  schema(): Schema {
    return flowSchema();
  }

  describe(state: ObjectValue): string {
    return `project flow ${String(state.id)} of project ${String(state.project_id)}`;
  }

  protected modelIssues(input: Record<string, unknown>): ModelIssue[] {
    return validateFlow(input);
  }

  override apiErrorOpts() {
    return { ...super.apiErrorOpts(), fieldPrefix: "projectFlow" };
  }

  /** Checks the lifecycle move and the activation rules against the flow as planned (unset settings at their defaults). */
  modifyPlan(req: ModifyPlanRequest, resp: ModifyPlanResponse): void {
    const plan = req.plan;
    if (!plan || !req.config) return;
    const prior = req.state ? FlowModel.fromValue(req.state).status : undefined;
    if (prior && typeof plan.status === "string" && !canMoveStatus(prior, plan.status))
      resp.diagnostics.addAttributeError(
        AttributePath.root("status"),
        "Status Cannot Return To Draft",
        `status cannot go back to "draft": this flow is "${prior}", and the API moves a project from draft to active and between active and paused, never back to draft. Set status = "paused" to keep the project closed to enrollees.`,
      );
    if (plan.status !== "active") return;
    addModelIssues(resp.diagnostics, validateActivation(modelInput(attrs(), plan)), req.config, { attributes: attrs() });
  }

  async create(req: CreateRequest, resp: CreateResponse): Promise<void> {
    const client = this.client(resp.diagnostics);
    if (!client) return;
    const plan = req.plan;
    const { projectId, target, type } = FlowModel.fromValue(plan);
    const slot = { target, type };
    let flowId: string | undefined;
    let status: unknown;
    try {
      const answer = await createOwnFlow(client, projectId, plan, slot, req.signal);
      if ("existing" in answer) {
        resp.state = null;
        addFlowTaken(resp.diagnostics, projectId, answer.existing, slot);
        return;
      }
      flowId = answer.flowId;
      status = answer.status;
    } catch (e) {
      resp.state = null;
      addApiError(resp.diagnostics, e, "Error Creating Project Flow", this.apiErrorOpts());
      return;
    }
    resp.state = await converge({ client, projectId, flowId, plan, knownStatus: status, diags: resp.diagnostics, signal: req.signal, statusSummary: "Error Activating Project Flow", errors: this.apiErrorOpts() });
  }

  async read(req: ReadRequest, resp: ReadResponse): Promise<void> {
    const { projectId, id } = FlowModel.fromValue(req.state);
    await this.readState(resp, "Error Reading Project Flow", [projectId, id], async (client) => {
      const project = await client.projects.read(projectId, { signal: req.signal });
      const flow = findFlow(project, { id });
      return flow && flowState(project, flow, req.state);
    });
  }

  async update(req: UpdateRequest, resp: UpdateResponse): Promise<void> {
    const client = this.client(resp.diagnostics);
    if (!client) return;
    const { plan, state: prior } = req;
    const before = FlowModel.fromValue(prior);
    const after = FlowModel.fromValue(plan);
    const { projectId, id } = before;
    const sections = changedSections(plan, prior);
    const retargeted = after.target !== before.target || after.type !== before.type;
    try {
      if (retargeted) {
        await client.flows.update(id, flowConfigBody(plan, sections), { signal: req.signal, projectId });
      } else if (sections.length) {
        await client.projects.update(projectId, flowUpsertBody(plan, sections), { signal: req.signal });
      }
    } catch (e) {
      addApiError(resp.diagnostics, e, "Error Updating Project Flow", this.apiErrorOpts());
      return;
    }
    resp.state = await converge({ client, projectId, flowId: id, plan, knownStatus: prior.status, diags: resp.diagnostics, signal: req.signal, statusSummary: "Error Changing Project Flow Status", errors: this.apiErrorOpts() });
  }

  async delete(req: DeleteRequest, resp: DeleteResponse): Promise<void> {
    const { projectId, id, status, target, type } = FlowModel.fromValue(req.state);
    await this.deleteRemote(resp, "Error Deleting Project Flow", async (client) => {
      const pause = () => client.projects.update(projectId, statusBody("paused", target, type), { signal: req.signal });
      if (status === "active") await pause();
      try {
        await client.flows.delete(id, { signal: req.signal, projectId });
      } catch (e) {
        if (!isConflict(e)) throw e;
        await pause();
        await client.flows.delete(id, { signal: req.signal, projectId });
      }
    });
  }

  /** Accepts `PROJECT_ID/FLOW_ID`, or a flow id alone (its project is looked up). */
  async importState(req: ImportStateRequest, resp: ImportStateResponse): Promise<void> {
    const raw = req.id.trim();
    const [a, b] = raw.split("/");
    if (b !== undefined) {
      resp.state = FlowModel.toValue({ projectId: a, id: b }, resp.state);
      return;
    }
    const client = this.client(resp.diagnostics);
    if (!client) return;
    try {
      const flow: ProjectFlow = await client.flows.get(raw, { signal: req.signal });
      const project = typeof flow.project === "string" ? flow.project : (flow.project as { _id?: string } | undefined)?._id;
      if (!project) {
        resp.diagnostics.addError("Cannot Import Project Flow", `The API did not say which project flow "${raw}" belongs to; import it as PROJECT_ID/${raw}.`);
        return;
      }
      resp.state = FlowModel.toValue({ projectId: project, id: raw }, resp.state);
    } catch (e) {
      addApiError(resp.diagnostics, e, "Cannot Import Project Flow", { connection: this.connection });
    }
  }
}
