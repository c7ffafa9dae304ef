import type { SmartEnrollClient, Webhook } from "../../client";
import { check, webhookCreateInput } from "../../model";
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
import { planFromConfig } from "../normalize/plan";
import { webhookCreateBody, webhookState, webhookUpdateBody } from "../normalize/webhook";
import { ProviderData, providerDataFrom, requireClient } from "../provider-data";
import { webhookSchema } from "../schemas/webhook";
import { addMissingRequired, addModelIssues, modelInput, validationValue } from "../validation";

const attrs = () => webhookSchema().attributes;

/**
 * `smartenroll_webhook`: a `/v2/webhooks` receiver of onboarding events. It never sends `link`/`unlink`:
 * the flow's `integrations.webhook_id` owns the link, and the webhook's own list of flows is not tracked.
 */
export class WebhookResource implements Resource {
  private data?: ProviderData;

  metadata(req: MetadataRequest): TypeMetadata {
    return { typeName: `${req.providerTypeName}_webhook` };
  }

  schema(): Schema {
    return webhookSchema();
  }

  configure(req: ConfigureRequest, resp: ConfigureResponse): void {
    this.data = providerDataFrom(req.providerData, resp.diagnostics);
  }

  validateConfig(req: ValidateConfigRequest, resp: ValidateConfigResponse): void {
    addMissingRequired(resp.diagnostics, attrs(), req.config);
    const value = validationValue(attrs(), req.config, { omitComputedNulls: true });
    addModelIssues(resp.diagnostics, check(webhookCreateInput, modelInput(attrs(), value)).issues, value, { config: req.config });
  }

  modifyPlan(req: ModifyPlanRequest, resp: ModifyPlanResponse): void {
    if (!req.plan || !req.config) return;
    resp.plan = planFromConfig(attrs(), req.config, req.plan, req.state ?? undefined);
  }

  async create(req: CreateRequest, resp: CreateResponse): Promise<void> {
    const client = requireClient(this.data, resp.diagnostics);
    if (!client) return;
    const body = webhookCreateBody(req.plan);
    const started = Date.now();
    try {
      const created = await client.webhooks.create(body as never, { signal: req.signal, recover: () => recoverCreate(client, body, started, req.signal) });
      resp.state = webhookState(await client.webhooks.get(created._id, { signal: req.signal }), req.plan);
    } catch (e) {
      resp.state = null;
      addApiError(resp.diagnostics, e, "Error Creating Webhook", { attributes: attrs() });
    }
  }

  async read(req: ReadRequest, resp: ReadResponse): Promise<void> {
    const client = requireClient(this.data, resp.diagnostics);
    if (!client) return;
    const id = req.state.id;
    if (typeof id !== "string" || id === "") return resp.removeResource();
    try {
      resp.state = webhookState(await client.webhooks.get(id, { signal: req.signal }), req.state);
    } catch (e) {
      if (isNotFound(e)) return resp.removeResource();
      addApiError(resp.diagnostics, e, "Error Reading Webhook");
    }
  }

  async update(req: UpdateRequest, resp: UpdateResponse): Promise<void> {
    const client = requireClient(this.data, resp.diagnostics);
    if (!client) return;
    const id = String(req.state.id);
    const body = webhookUpdateBody(req.plan, req.state);
    try {
      if (body) await client.webhooks.update(id, body as never, { signal: req.signal });
      resp.state = webhookState(await client.webhooks.get(id, { signal: req.signal }), req.plan);
    } catch (e) {
      addApiError(resp.diagnostics, e, "Error Updating Webhook", { attributes: attrs() });
    }
  }

  /** Deletes the webhook; the API clears `integrations.webhook` on the flows that still point at it. */
  async delete(req: DeleteRequest, resp: DeleteResponse): Promise<void> {
    const client = requireClient(this.data, resp.diagnostics);
    if (!client) return;
    try {
      await client.webhooks.delete(String(req.state.id), { signal: req.signal });
    } catch (e) {
      if (isNotFound(e)) return;
      addApiError(resp.diagnostics, e, "Error Deleting Webhook");
    }
  }

  importState(req: ImportStateRequest, resp: ImportStateResponse): void {
    resp.state.id = req.id.trim();
  }
}

/** How far before the request start a recovered webhook's `createdAt` may lie (clock skew between us and the API). */
const CREATED_AT_SKEW_MS = 60_000;

/**
 * After a create whose answer was lost: the one webhook with the same URL and name created since the request
 * started, if there is exactly one; otherwise undefined (the create is sent again).
 */
async function recoverCreate(client: SmartEnrollClient, body: Record<string, unknown>, started: number, signal: AbortSignal): Promise<Webhook | undefined> {
  const fresh: Webhook[] = [];
  for await (const w of client.webhooks.listAll({ where_url: String(body.url) }, { signal }))
    if (w.name === body.name && Date.parse(String(w.createdAt)) >= started - CREATED_AT_SKEW_MS) fresh.push(w);
  return fresh.length === 1 ? fresh[0] : undefined;
}
