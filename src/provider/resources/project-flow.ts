import type { ProjectFlow, SmartEnrollClient } from "../../client";
import { FLOW_SECTION_DEFAULTS, validateActivation, validateFlow } from "../../model";
import type {
  ConfigureRequest,
  ConfigureResponse,
  CreateRequest,
  CreateResponse,
  DeleteRequest,
  DeleteResponse,
  Diagnostics,
  ImportStateRequest,
  ImportStateResponse,
  MetadataRequest,
  ModifyPlanRequest,
  ModifyPlanResponse,
  ReadRequest,
  ReadResponse,
  Resource,
  Schema,
  TypeMetadata,
  UpdateRequest,
  UpdateResponse,
  ValidateConfigRequest,
  ValidateConfigResponse,
} from "../../plugin";
import { AttributePath, isUnknown, ObjectValue } from "../../plugin";
import { addApiError, isConflict, isNotFound } from "../errors";
import { apiName } from "../schemas/from-model";
import { changedSections, FLOW_SECTIONS, flowConfigBody, flowState, flowUpsertBody, statusBody } from "../normalize/flow";
import { planFromConfig } from "../normalize/plan";
import { findFlow } from "../normalize/project-flows";
import { addFlowTaken, createOwnFlow } from "../flow-owner";
import { ProviderData, providerDataFrom, requireClient } from "../provider-data";
import { flowSchema } from "../schemas/flow";
import { addMissingRequired, addModelIssues, modelInput, validationValue } from "../validation";

const attrs = () => flowSchema().attributes;
const apiErrorOpts = () => ({ attributes: attrs(), fieldPrefix: "projectFlow" });

/** `smartenroll_project_flow`: the flow's configuration (wizard steps 2–5) and the project's lifecycle. */
export class ProjectFlowResource implements Resource {
  private data?: ProviderData;

  metadata(req: MetadataRequest): TypeMetadata {
    return { typeName: `${req.providerTypeName}_project_flow` };
  }

  schema(): Schema {
    return flowSchema();
  }

  configure(req: ConfigureRequest, resp: ConfigureResponse): void {
    this.data = providerDataFrom(req.providerData, resp.diagnostics);
  }

  validateConfig(req: ValidateConfigRequest, resp: ValidateConfigResponse): void {
    addMissingRequired(resp.diagnostics, this.schema().attributes, req.config);
    const value = validationValue(attrs(), req.config, { omitComputedNulls: true });
    addModelIssues(resp.diagnostics, validateFlow(modelInput(attrs(), value)), value, { config: req.config, attributes: attrs() });
  }

  /**
   * Plans unset sections as the values the API holds, and checks the activation rules against the
   * flow as it will be after apply (on create, unset sections take the API's defaults).
   */
  modifyPlan(req: ModifyPlanRequest, resp: ModifyPlanResponse): void {
    if (!req.plan || !req.config) return;
    const plan = planFromConfig(attrs(), req.config, req.plan, req.state ?? undefined);
    resp.plan = plan;
    if (plan.status === "draft" && (req.state?.status === "active" || req.state?.status === "paused"))
      resp.diagnostics.addAttributeError(
        AttributePath.root("status"),
        "Status Cannot Return To Draft",
        `status cannot go back to "draft": this flow is "${String(req.state.status)}", and the API moves a project from draft to active and between active and paused, never back to draft. Set status = "paused" to keep the project closed to enrollees.`,
      );
    if (plan.status !== "active") return;
    const flow = modelInput(attrs(), plan);
    if (!req.state) fillDefaults(flow);
    addModelIssues(resp.diagnostics, validateActivation(flow), req.config, { attributes: attrs() });
  }

  async create(req: CreateRequest, resp: CreateResponse): Promise<void> {
    const client = requireClient(this.data, resp.diagnostics);
    if (!client) return;
    const plan = req.plan;
    const projectId = String(plan.project_id);
    const slot = { target: String(plan.target ?? "personal"), type: String(plan.type ?? "onboarding") };
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
      addApiError(resp.diagnostics, e, "Error Creating Project Flow", apiErrorOpts());
      return;
    }
    resp.state = await converge(client, projectId, flowId, plan, status, resp.diagnostics, req.signal, "Error Activating Project Flow");
  }

  async read(req: ReadRequest, resp: ReadResponse): Promise<void> {
    const client = requireClient(this.data, resp.diagnostics);
    if (!client) return;
    const projectId = req.state.project_id;
    const id = req.state.id;
    if (typeof projectId !== "string" || typeof id !== "string") return resp.removeResource();
    try {
      const project = await client.projects.read(projectId, { signal: req.signal });
      const flow = findFlow(project, { id });
      if (!flow) return resp.removeResource();
      resp.state = flowState(project, flow, req.state);
    } catch (e) {
      if (isNotFound(e)) return resp.removeResource();
      addApiError(resp.diagnostics, e, "Error Reading Project Flow");
    }
  }

  async update(req: UpdateRequest, resp: UpdateResponse): Promise<void> {
    const client = requireClient(this.data, resp.diagnostics);
    if (!client) return;
    const { plan, state: prior } = req;
    const projectId = String(prior.project_id);
    const id = String(prior.id);
    const sections = changedSections(plan, prior);
    const retargeted = plan.target !== prior.target || plan.type !== prior.type;
    try {
      if (retargeted) {
        await client.flows.update(id, flowConfigBody(plan, sections), { signal: req.signal, projectId });
      } else if (sections.length) {
        await client.projects.update(projectId, flowUpsertBody(plan, sections), { signal: req.signal });
      }
    } catch (e) {
      addApiError(resp.diagnostics, e, "Error Updating Project Flow", apiErrorOpts());
      return;
    }
    resp.state = await converge(client, projectId, id, plan, prior.status, resp.diagnostics, req.signal, "Error Changing Project Flow Status");
  }

  async delete(req: DeleteRequest, resp: DeleteResponse): Promise<void> {
    const client = requireClient(this.data, resp.diagnostics);
    if (!client) return;
    const { state } = req;
    const projectId = String(state.project_id);
    const id = String(state.id);
    const pause = () => client.projects.update(projectId, statusBody("paused", state.target, state.type), { signal: req.signal });
    try {
      if (state.status === "active") await pause();
      try {
        await client.flows.delete(id, { signal: req.signal, projectId });
      } catch (e) {
        if (!isConflict(e)) throw e;
        await pause();
        await client.flows.delete(id, { signal: req.signal, projectId });
      }
    } catch (e) {
      if (isNotFound(e)) return;
      addApiError(resp.diagnostics, e, "Error Deleting Project Flow");
    }
  }

  /** Accepts `PROJECT_ID/FLOW_ID`, or a flow id alone (its project is looked up). */
  async importState(req: ImportStateRequest, resp: ImportStateResponse): Promise<void> {
    const raw = req.id.trim();
    const [a, b] = raw.split("/");
    if (b !== undefined) {
      resp.state.project_id = a;
      resp.state.id = b;
      return;
    }
    const client = requireClient(this.data, resp.diagnostics);
    if (!client) return;
    try {
      const flow: ProjectFlow = await client.flows.get(raw, { signal: req.signal });
      const project = typeof flow.project === "string" ? flow.project : (flow.project as { _id?: string } | undefined)?._id;
      if (!project) {
        resp.diagnostics.addError("Cannot Import Project Flow", `The API did not say which project flow "${raw}" belongs to; import it as PROJECT_ID/${raw}.`);
        return;
      }
      resp.state.project_id = project;
      resp.state.id = raw;
    } catch (e) {
      addApiError(resp.diagnostics, e, "Cannot Import Project Flow");
    }
  }
}

/** Fills sections and keys not known yet with the API's defaults (the flow a fresh upsert creates). */
function fillDefaults(flow: Record<string, unknown>): void {
  for (const s of FLOW_SECTIONS) {
    const key = apiName(attrs()[s]) as keyof typeof FLOW_SECTION_DEFAULTS;
    const given = flow[key];
    flow[key] = { ...FLOW_SECTION_DEFAULTS[key], ...(typeof given === "object" && given !== null ? given : {}) };
  }
}

/**
 * After the configuration is applied: sends the status change when the server's status differs from
 * the planned one (the seed's activation call, always last), then reads the flow back. Failures return
 * the state reached so far (read from the API), so nothing is orphaned.
 */
async function converge(
  client: SmartEnrollClient,
  projectId: string,
  flowId: string | undefined,
  plan: ObjectValue,
  knownStatus: unknown,
  diags: Diagnostics,
  signal: AbortSignal,
  statusSummary: string,
): Promise<ObjectValue | null> {
  const desired = isUnknown(plan.status) ? undefined : (plan.status as string | null);
  let sent = false;
  const setStatus = async () => {
    sent = true;
    await client.projects.update(projectId, statusBody(desired!, plan.target, plan.type), { signal });
  };
  let failed = false;
  try {
    if (desired && knownStatus !== desired) await setStatus();
  } catch (e) {
    failed = true;
    addApiError(diags, e, statusSummary, apiErrorOpts());
  }
  const readBack = async (): Promise<ObjectValue | null> => {
    const project = await client.projects.read(projectId, { signal });
    const flow = findFlow(project, flowId ? { id: flowId } : { target: plan.target as string, type: plan.type as string }) ?? findFlow(project, { target: plan.target as string, type: plan.type as string });
    if (!flow) {
      diags.addError("Project Flow Not Found After Write", `The API accepted the flow configuration for project ${projectId} but the project shows no matching flow.`);
      return null;
    }
    return flowState(project, flow, plan);
  };
  try {
    let state = await readBack();
    if (state && !failed && !sent && desired && state.status !== desired) {
      await setStatus();
      state = await readBack();
    }
    return state;
  } catch (e) {
    addApiError(diags, e, failed ? "Error Reading Project Flow" : statusSummary, apiErrorOpts());
    return flowId ? { ...plan, id: flowId } : null;
  }
}
