import { check, webhookCreateInput, webhookUpdateInput, type ModelIssue } from "../../model";
import type { CreateRequest, CreateResponse, DeleteRequest, DeleteResponse, ImportStateRequest, ImportStateResponse, ObjectValue, ReadRequest, ReadResponse, Schema, UpdateRequest, UpdateResponse } from "../../plugin";
import { webhookCreateBody, webhookState, webhookUpdateBody } from "../normalize/webhook";
import { webhookSchema } from "../schemas/webhook";
import { SmartEnrollResource } from "./base";
import { IdModel } from "./id-model";

/**
 * `smartenroll_webhook`: a `/v2/webhooks` receiver of onboarding events. It never sends `link`/`unlink`:
 * the flow's `integrations.webhook_id` owns the link, and the webhook's own list of flows is not tracked.
 */
export class WebhookResource extends SmartEnrollResource {
  protected readonly typeSuffix = "webhook";

  schema(): Schema {
    return webhookSchema();
  }

  describe(state: ObjectValue): string {
    return `webhook "${String(state.name)}" (${String(state.id)})`;
  }

  protected modelIssues(input: Record<string, unknown>): ModelIssue[] {
    return check(webhookCreateInput, input).issues;
  }

  async create(req: CreateRequest, resp: CreateResponse): Promise<void> {
    await this.writeState(
      resp,
      "Error Creating Webhook",
      async (client) => {
        const body = this.checked(webhookCreateInput, webhookCreateBody(req.plan), req.plan, resp.diagnostics);
        if (!body) return undefined;
        const created = await client.webhooks.create(body, { signal: req.signal });
        return webhookState(await client.webhooks.get(created._id, { signal: req.signal }), req.plan);
      },
      { creating: true },
    );
  }

  async read(req: ReadRequest, resp: ReadResponse): Promise<void> {
    const { id } = IdModel.fromValue(req.state);
    await this.readState(resp, "Error Reading Webhook", [id], async (client) => webhookState(await client.webhooks.get(id, { signal: req.signal }), req.state));
  }

  async update(req: UpdateRequest, resp: UpdateResponse): Promise<void> {
    const { id } = IdModel.fromValue(req.state);
    const changed = webhookUpdateBody(req.plan, req.state);
    await this.writeState(resp, "Error Updating Webhook", async (client) => {
      const body = this.checked(webhookUpdateInput, changed ?? {}, req.plan, resp.diagnostics);
      if (!body) return undefined;
      if (changed) await client.webhooks.update(id, body, { signal: req.signal });
      return webhookState(await client.webhooks.get(id, { signal: req.signal }), req.plan);
    });
  }

  /** Deletes the webhook; the API clears `integrations.webhook` on the flows that still point at it. */
  async delete(req: DeleteRequest, resp: DeleteResponse): Promise<void> {
    await this.deleteRemote(resp, "Error Deleting Webhook", (client) => client.webhooks.delete(IdModel.fromValue(req.state).id, { signal: req.signal }));
  }

  importState(req: ImportStateRequest, resp: ImportStateResponse): void {
    resp.state = IdModel.toValue({ id: req.id.trim() }, resp.state);
  }
}
