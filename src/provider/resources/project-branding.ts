import { validateBranding } from "../../model";
import type {
  ConfigureRequest,
  ConfigureResponse,
  CreateRequest,
  CreateResponse,
  DeleteRequest,
  DeleteResponse,
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
import { addApiError, isNotFound } from "../errors";
import { brandingBody, brandingState, defaultBrandingBody } from "../normalize/branding";
import { planFromConfig } from "../normalize/plan";
import { ProviderData, providerDataFrom, requireClient } from "../provider-data";
import { brandingSchema } from "../schemas/branding";
import { addMissingRequired, addModelIssues, modelInput, validationValue } from "../validation";

const attrs = () => brandingSchema().attributes;
const apiErrorOpts = () => ({ attributes: attrs(), fieldPrefix: "branding" });

/** `smartenroll_project_branding`: the look of a project's onboarding pages (wizard step 6). */
export class ProjectBrandingResource implements Resource {
  private data?: ProviderData;

  metadata(req: MetadataRequest): TypeMetadata {
    return { typeName: `${req.providerTypeName}_project_branding` };
  }

  schema(): Schema {
    return brandingSchema();
  }

  configure(req: ConfigureRequest, resp: ConfigureResponse): void {
    this.data = providerDataFrom(req.providerData, resp.diagnostics);
  }

  validateConfig(req: ValidateConfigRequest, resp: ValidateConfigResponse): void {
    addMissingRequired(resp.diagnostics, this.schema().attributes, req.config);
    const value = validationValue(attrs(), req.config, { omitComputedNulls: true });
    addModelIssues(resp.diagnostics, validateBranding(modelInput(attrs(), value)), value, { config: req.config, attributes: attrs() });
  }

  modifyPlan(req: ModifyPlanRequest, resp: ModifyPlanResponse): void {
    if (!req.plan || !req.config) return;
    resp.plan = planFromConfig(attrs(), req.config, req.plan, req.state ?? undefined);
  }

  async create(req: CreateRequest, resp: CreateResponse): Promise<void> {
    const client = requireClient(this.data, resp.diagnostics);
    if (!client) return;
    const projectId = String(req.plan.project_id);
    const body = brandingBody(req.plan);
    try {
      if (body) await client.projects.update(projectId, body, { signal: req.signal });
      resp.state = brandingState(await client.projects.read(projectId, { signal: req.signal }), req.plan);
    } catch (e) {
      resp.state = null;
      addApiError(resp.diagnostics, e, "Error Creating Project Branding", apiErrorOpts());
    }
  }

  async read(req: ReadRequest, resp: ReadResponse): Promise<void> {
    const client = requireClient(this.data, resp.diagnostics);
    if (!client) return;
    const projectId = req.state.project_id;
    if (typeof projectId !== "string" || projectId === "") return resp.removeResource();
    try {
      resp.state = brandingState(await client.projects.read(projectId, { signal: req.signal }), req.state);
    } catch (e) {
      if (isNotFound(e)) return resp.removeResource();
      addApiError(resp.diagnostics, e, "Error Reading Project Branding");
    }
  }

  async update(req: UpdateRequest, resp: UpdateResponse): Promise<void> {
    const client = requireClient(this.data, resp.diagnostics);
    if (!client) return;
    const projectId = String(req.state.project_id);
    const body = brandingBody(req.plan, req.state);
    try {
      if (body) await client.projects.update(projectId, body, { signal: req.signal });
      resp.state = brandingState(await client.projects.read(projectId, { signal: req.signal }), req.plan);
    } catch (e) {
      addApiError(resp.diagnostics, e, "Error Updating Project Branding", apiErrorOpts());
    }
  }

  /** Restores the API's default branding (the project itself stays). */
  async delete(req: DeleteRequest, resp: DeleteResponse): Promise<void> {
    const client = requireClient(this.data, resp.diagnostics);
    if (!client) return;
    try {
      await client.projects.update(String(req.state.project_id), defaultBrandingBody(), { signal: req.signal });
    } catch (e) {
      if (isNotFound(e)) return;
      addApiError(resp.diagnostics, e, "Error Restoring Default Branding");
    }
  }

  importState(req: ImportStateRequest, resp: ImportStateResponse): void {
    resp.state.project_id = req.id.trim();
    resp.state.id = req.id.trim();
  }
}
