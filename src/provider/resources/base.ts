import type { SmartEnrollClient } from "../../client";
import { check, type ModelIssue } from "../../model";
import type {
  CreateRequest,
  CreateResponse,
  DeleteRequest,
  DeleteResponse,
  Diagnostics,
  ObjectValue,
  ReadRequest,
  ReadResponse,
  Resource,
  Schema,
  UpdateRequest,
  UpdateResponse,
  ValidateConfigRequest,
  ValidateConfigResponse,
} from "../../plugin";
import type { z } from "zod";
import { addApiError, isNotFound, type ApiErrorContext } from "../errors";
import { ConfiguredType } from "../configured-type";
import { withDefaults } from "../schemas/planned-default";
import { addMissingRequired, addModelIssues, modelInput } from "../validation";

/**
 * What every SmartEnroll resource shares: its type name, its schema (built from the model, unset settings planned at
 * their defaults by the framework), the provider's client, and config validation through the model.
 * A resource adds only its name, its model check and its CRUD calls, written through the shared shapes below.
 */
export abstract class SmartEnrollResource extends ConfiguredType implements Resource {
  abstract schema(): Schema;

  /** The object `state` records, for messages: `project "Onboarding" (65f…)`. */
  abstract describe(state: ObjectValue): string;

  /** The model's issues for the configuration in API shape (camelCase, unknown values left out). */
  protected abstract modelIssues(input: Record<string, unknown>): ModelIssue[];

  abstract create(req: CreateRequest, resp: CreateResponse): Promise<void>;
  abstract read(req: ReadRequest, resp: ReadResponse): Promise<void>;
  abstract update(req: UpdateRequest, resp: UpdateResponse): Promise<void>;
  abstract delete(req: DeleteRequest, resp: DeleteResponse): Promise<void>;

  validateConfig(req: ValidateConfigRequest, resp: ValidateConfigResponse): void {
    const attributes = this.schema().attributes;
    addMissingRequired(resp.diagnostics, attributes, req.config);
    const value = withDefaults(attributes, req.config);
    addModelIssues(resp.diagnostics, this.modelIssues(modelInput(attributes, value)), value, { config: req.config, attributes });
  }

  /** Where a write's API errors point: this resource's attributes (a subclass adds a `fieldPrefix` for nested bodies). */
  protected apiErrorOpts(): ApiErrorContext {
    return { connection: this.connection, attributes: this.schema().attributes };
  }

  /** `input` when the model accepts it, else undefined after adding the model's issues against `plan`. */
  protected checked<S extends z.ZodType>(schema: S, input: unknown, plan: ObjectValue, diags: Diagnostics): z.infer<S> | undefined {
    const { value, issues } = check(schema, input);
    if (value === undefined) addModelIssues(diags, issues, plan, { attributes: this.schema().attributes });
    return value;
  }

  /**
   * A create's or update's shared shape: the state `write` answers; an API error added under `summary`. `write`
   * answers undefined after adding its own diagnostics. A create that gets no state leaves none (nothing was made);
   * an update keeps what the response holds.
   */
  protected async writeState(
    resp: CreateResponse | UpdateResponse,
    summary: string,
    write: (client: SmartEnrollClient) => Promise<ObjectValue | undefined>,
    { creating = false } = {},
  ): Promise<void> {
    const client = this.client(resp.diagnostics);
    if (!client) return;
    try {
      const state = await write(client);
      if (state !== undefined) resp.state = state;
      else if (creating) resp.state = null;
    } catch (e) {
      if (creating) resp.state = null;
      addApiError(resp.diagnostics, e, summary, this.apiErrorOpts());
    }
  }

  /**
   * Read's shared shape: the state `load` answers; the resource is removed when one of `keys` is empty, when
   * `load` finds nothing, or on a proven NotFound (404); any other error is added under `summary`.
   */
  protected async readState(resp: ReadResponse, summary: string, keys: readonly string[], load: (client: SmartEnrollClient) => Promise<ObjectValue | undefined>): Promise<void> {
    const client = this.client(resp.diagnostics);
    if (!client) return;
    if (keys.includes("")) return resp.removeResource();
    try {
      const state = await load(client);
      if (state === undefined) return resp.removeResource();
      resp.state = state;
    } catch (e) {
      if (isNotFound(e)) return resp.removeResource();
      addApiError(resp.diagnostics, e, summary, { connection: this.connection });
    }
  }

  /** Delete's shared shape: runs `remove`; a NotFound (404) means already gone, any other error is added under `summary`. */
  protected async deleteRemote(resp: DeleteResponse, summary: string, remove: (client: SmartEnrollClient) => Promise<unknown>): Promise<void> {
    const client = this.client(resp.diagnostics);
    if (!client) return;
    try {
      await remove(client);
    } catch (e) {
      if (isNotFound(e)) return;
      addApiError(resp.diagnostics, e, summary, { connection: this.connection });
    }
  }
}
