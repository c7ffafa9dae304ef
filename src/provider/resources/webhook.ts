import type { SmartEnrollClient, Webhook } from "../../client";
import { check, webhookCreateInput, webhookUpdateInput, type ModelIssue, type WebhookCreateInput } from "../../model";
import type { CreateRequest, CreateResponse, DeleteRequest, DeleteResponse, ImportStateRequest, ImportStateResponse, ObjectValue, ReadRequest, ReadResponse, Schema, UpdateRequest, UpdateResponse } from "../../plugin";
import { addApiError, isNotFound } from "../errors";
import { webhookCreateBody, webhookState, webhookUpdateBody } from "../normalize/webhook";
import { webhookSchema } from "../schemas/webhook";
import { addModelIssues } from "../validation";
import { SmartEnrollResource } from "./base";
import { text } from "./typed-value";

/** The attributes of `smartenroll_webhook` this resource reads itself; the others map through the model. */
export interface WebhookModel {
  id: string;
}

/** {@link WebhookModel} from and to a Terraform value. */
export const WebhookModel = {
  fromValue: (v: ObjectValue): WebhookModel => ({ id: text(v.id) }),
  toValue: (m: WebhookModel, into: ObjectValue): ObjectValue => ({ ...into, id: m.id }),
};

const apiErrorOpts = () => ({ attributes: webhookSchema().attributes });

/**
 * `smartenroll_webhook`: a `/v2/webhooks` receiver of onboarding events. It never sends `link`/`unlink`:
 * the flow's `integrations.webhook_id` owns the link, and the webhook's own list of flows is not tracked.
 */
export class WebhookResource extends SmartEnrollResource {
  protected readonly typeSuffix = "webhook";

  schema(): Schema {
    return webhookSchema();
  }

  protected modelIssues(input: Record<string, unknown>): ModelIssue[] {
    return check(webhookCreateInput, input).issues;
  }

  async create(req: CreateRequest, resp: CreateResponse): Promise<void> {
    const client = this.client(resp.diagnostics);
    if (!client) return;
    const { value: body, issues } = check(webhookCreateInput, webhookCreateBody(req.plan));
    if (!body) {
      resp.state = null;
      addModelIssues(resp.diagnostics, issues, req.plan, { attributes: webhookSchema().attributes });
      return;
    }
    const started = Date.now();
    try {
      const created = await client.webhooks.create(body, { signal: req.signal, recover: () => recoverCreate(client, body, started, req.signal) });
      resp.state = webhookState(await client.webhooks.get(created._id, { signal: req.signal }), req.plan);
    } catch (e) {
      resp.state = null;
      addApiError(resp.diagnostics, e, "Error Creating Webhook", apiErrorOpts());
    }
  }

  async read(req: ReadRequest, resp: ReadResponse): Promise<void> {
    const client = this.client(resp.diagnostics);
    if (!client) return;
    const { id } = WebhookModel.fromValue(req.state);
    if (id === "") return resp.removeResource();
    try {
      resp.state = webhookState(await client.webhooks.get(id, { signal: req.signal }), req.state);
    } catch (e) {
      if (isNotFound(e)) return resp.removeResource();
      addApiError(resp.diagnostics, e, "Error Reading Webhook");
    }
  }

  async update(req: UpdateRequest, resp: UpdateResponse): Promise<void> {
    const client = this.client(resp.diagnostics);
    if (!client) return;
    const { id } = WebhookModel.fromValue(req.state);
    const changed = webhookUpdateBody(req.plan, req.state);
    const { value: body, issues } = check(webhookUpdateInput, changed ?? {});
    if (!body) return addModelIssues(resp.diagnostics, issues, req.plan, { attributes: webhookSchema().attributes });
    try {
      if (changed) await client.webhooks.update(id, body, { signal: req.signal });
      resp.state = webhookState(await client.webhooks.get(id, { signal: req.signal }), req.plan);
    } catch (e) {
      addApiError(resp.diagnostics, e, "Error Updating Webhook", apiErrorOpts());
    }
  }

  /** Deletes the webhook; the API clears `integrations.webhook` on the flows that still point at it. */
  async delete(req: DeleteRequest, resp: DeleteResponse): Promise<void> {
    const client = this.client(resp.diagnostics);
    if (!client) return;
    try {
      await client.webhooks.delete(WebhookModel.fromValue(req.state).id, { signal: req.signal });
    } catch (e) {
      if (isNotFound(e)) return;
      addApiError(resp.diagnostics, e, "Error Deleting Webhook");
    }
  }

  importState(req: ImportStateRequest, resp: ImportStateResponse): void {
    resp.state = WebhookModel.toValue({ id: req.id.trim() }, resp.state);
  }
}

/** How far before the request start a recovered webhook's `createdAt` may lie (clock skew between us and the API). */
const CREATED_AT_SKEW_MS = 60_000;

/**
 * After a create whose answer was lost: the one webhook with the same URL and name created since the request
 * started, if there is exactly one; otherwise undefined (the create is sent again).
 */
async function recoverCreate(client: SmartEnrollClient, body: WebhookCreateInput, started: number, signal: AbortSignal): Promise<Webhook | undefined> {
  const fresh: Webhook[] = [];
  for await (const w of client.webhooks.listAll({ where_url: body.url }, { signal }))
    if (w.name === body.name && Date.parse(String(w.createdAt)) >= started - CREATED_AT_SKEW_MS) fresh.push(w);
  return fresh.length === 1 ? fresh[0] : undefined;
}
