import type { SmartEnrollClient } from "../../client";
import { validateBranding, type ModelIssue } from "../../model";
import type { CreateRequest, CreateResponse, DeleteRequest, DeleteResponse, ImportStateRequest, ImportStateResponse, ObjectValue, ReadRequest, ReadResponse, Schema, UpdateRequest, UpdateResponse } from "../../plugin";
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

/** `smartenroll_project_branding`: the look of a project's onboarding pages (wizard step 6). */
export class ProjectBrandingResource extends SmartEnrollResource {
  protected readonly typeSuffix = "project_branding";

  schema(): Schema {
    return brandingSchema();
  }

  describe(state: ObjectValue): string {
    return `the branding of project ${String(state.project_id)}`;
  }

  protected modelIssues(input: Record<string, unknown>): ModelIssue[] {
    return validateBranding(input);
  }

  override apiErrorOpts() {
    return { ...super.apiErrorOpts(), fieldPrefix: "branding" };
  }

  async create(req: CreateRequest, resp: CreateResponse): Promise<void> {
    const { projectId } = BrandingModel.fromValue(req.plan);
    await this.writeState(resp, "Error Creating Project Branding", (client) => saveBranding(client, projectId, brandingBody(req.plan), req.plan, req.signal), { creating: true });
  }

  async read(req: ReadRequest, resp: ReadResponse): Promise<void> {
    const { projectId } = BrandingModel.fromValue(req.state);
    await this.readState(resp, "Error Reading Project Branding", [projectId], async (client) => brandingState(await client.projects.read(projectId, { signal: req.signal }), req.state));
  }

  async update(req: UpdateRequest, resp: UpdateResponse): Promise<void> {
    const { projectId } = BrandingModel.fromValue(req.state);
    await this.writeState(resp, "Error Updating Project Branding", (client) => saveBranding(client, projectId, brandingBody(req.plan, req.state), req.plan, req.signal));
  }

  /** Restores the API's default branding (the project itself stays). */
  async delete(req: DeleteRequest, resp: DeleteResponse): Promise<void> {
    const { projectId } = BrandingModel.fromValue(req.state);
    await this.deleteRemote(resp, "Error Restoring Default Branding", (client) => client.projects.update(projectId, defaultBrandingBody(), { signal: req.signal }));
  }

  importState(req: ImportStateRequest, resp: ImportStateResponse): void {
    resp.state = BrandingModel.toValue({ projectId: req.id.trim() }, resp.state);
  }
}

/** Sends the branding fields that changed (if any), then answers the state read back. */
async function saveBranding(client: SmartEnrollClient, projectId: string, body: ReturnType<typeof brandingBody>, plan: ObjectValue, signal: AbortSignal): Promise<ObjectValue> {
  if (body) await client.projects.update(projectId, body, { signal });
  return brandingState(await client.projects.read(projectId, { signal }), plan);
}
