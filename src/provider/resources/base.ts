import type { SmartEnrollClient } from "../../client";
import type { ModelIssue } from "../../model";
import type {
  ConfigureRequest,
  ConfigureResponse,
  CreateRequest,
  CreateResponse,
  DeleteRequest,
  DeleteResponse,
  Diagnostics,
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
import { planFromConfig } from "../normalize/plan";
import { ProviderData, providerDataFrom, requireClient } from "../provider-data";
import { addMissingRequired, addModelIssues, modelInput, validationValue } from "../validation";

/**
 * What every SmartEnroll resource shares: its type name, its schema (built from the model), the provider's client,
 * config validation through the model, and plans in which unset optional+computed attributes keep the API's values.
 * A resource adds only its name, its model check and its CRUD calls.
 */
export abstract class SmartEnrollResource implements Resource {
  private data?: ProviderData;

  /** The type name after the provider's prefix (`project` → `smartenroll_project`). */
  protected abstract readonly typeSuffix: string;

  abstract schema(): Schema;

  /** The model's issues for the configuration in API shape (camelCase, unknown values left out). */
  protected abstract modelIssues(input: Record<string, unknown>): ModelIssue[];

  abstract create(req: CreateRequest, resp: CreateResponse): Promise<void>;
  abstract read(req: ReadRequest, resp: ReadResponse): Promise<void>;
  abstract update(req: UpdateRequest, resp: UpdateResponse): Promise<void>;
  abstract delete(req: DeleteRequest, resp: DeleteResponse): Promise<void>;

  metadata(req: MetadataRequest): TypeMetadata {
    return { typeName: `${req.providerTypeName}_${this.typeSuffix}` };
  }

  configure(req: ConfigureRequest, resp: ConfigureResponse): void {
    this.data = providerDataFrom(req.providerData, resp.diagnostics);
  }

  validateConfig(req: ValidateConfigRequest, resp: ValidateConfigResponse): void {
    const attributes = this.schema().attributes;
    addMissingRequired(resp.diagnostics, attributes, req.config);
    const value = validationValue(attributes, req.config, { omitComputedNulls: true });
    addModelIssues(resp.diagnostics, this.modelIssues(modelInput(attributes, value)), value, { config: req.config, attributes });
  }

  modifyPlan(req: ModifyPlanRequest, resp: ModifyPlanResponse): void | Promise<void> {
    if (!req.plan || !req.config) return;
    resp.plan = planFromConfig(this.schema().attributes, req.config, req.plan, req.state ?? undefined);
  }

  /** The configured API client, or undefined after adding the "not configured" error. */
  protected client(diags: Diagnostics): SmartEnrollClient | undefined {
    return requireClient(this.data, diags);
  }
}
