import { validateBranding, type ModelIssue } from "../../model";
import type { CreateRequest, CreateResponse, DeleteRequest, DeleteResponse, ImportStateRequest, ImportStateResponse, ObjectValue, ReadRequest, ReadResponse, Schema, UpdateRequest, UpdateResponse } from "../../plugin";
import { addApiError, isNotFound } from "../errors";
import { brandingBody, brandingState, defaultBrandingBody } from "../normalize/branding";
import { brandingSchema } from "../schemas/branding";
import { SmartEnrollResource } from "./base";
import { text } from "./typed-value";

/** The attributes of `smartenroll_project_branding` this resource reads itself; the colours map through the model. */
export interface BrandingModel {
  projectId: string;
}

/** {@link BrandingModel} from and to a Terraform value. */
export const BrandingModel = {
  fromValue: (v: ObjectValue): BrandingModel => ({ projectId: text(v.project_id) }),
  toValue: (m: BrandingModel, into: ObjectValue): ObjectValue => ({ ...into, id: m.projectId, project_id: m.projectId }),
};

const apiErrorOpts = () => ({ attributes: brandingSchema().attributes, fieldPrefix: "branding" });

/** `smartenroll_project_branding`: the look of a project's onboarding pages (wizard step 6). */
export class ProjectBrandingResource extends SmartEnrollResource {
  protected readonly typeSuffix = "project_branding";

  schema(): Schema {
    return brandingSchema();
  }

  protected modelIssues(input: Record<string, unknown>): ModelIssue[] {
    return validateBranding(input);
  }

  async create(req: CreateRequest, resp: CreateResponse): Promise<void> {
    const client = this.client(resp.diagnostics);
    if (!client) return;
    const { projectId } = BrandingModel.fromValue(req.plan);
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
    const client = this.client(resp.diagnostics);
    if (!client) return;
    const { projectId } = BrandingModel.fromValue(req.state);
    if (projectId === "") return resp.removeResource();
    try {
      resp.state = brandingState(await client.projects.read(projectId, { signal: req.signal }), req.state);
    } catch (e) {
      if (isNotFound(e)) return resp.removeResource();
      addApiError(resp.diagnostics, e, "Error Reading Project Branding");
    }
  }

  async update(req: UpdateRequest, resp: UpdateResponse): Promise<void> {
    const client = this.client(resp.diagnostics);
    if (!client) return;
    const { projectId } = BrandingModel.fromValue(req.state);
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
    const client = this.client(resp.diagnostics);
    if (!client) return;
    try {
      await client.projects.update(BrandingModel.fromValue(req.state).projectId, defaultBrandingBody(), { signal: req.signal });
    } catch (e) {
      if (isNotFound(e)) return;
      addApiError(resp.diagnostics, e, "Error Restoring Default Branding");
    }
  }

  importState(req: ImportStateRequest, resp: ImportStateResponse): void {
    resp.state = BrandingModel.toValue({ projectId: req.id.trim() }, resp.state);
  }
}
