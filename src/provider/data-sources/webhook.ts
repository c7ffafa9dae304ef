import type { SmartEnrollClient, Webhook } from "../../client";
import type { ObjectValue, Schema } from "../../plugin";
import { types } from "../../plugin";
import { webhookState } from "../normalize/webhook";
import { ByIdOrNameDataSource } from "./by-id-or-name";
import { computedOnly } from "../schemas/computed";
import { webhookSchema } from "../schemas/webhook";

/** `data "smartenroll_webhook"`: one webhook, by `id` or by exact `name`, with the flows linked to it. */
export class WebhookDataSource extends ByIdOrNameDataSource<Webhook> {
  protected readonly typeSuffix = "webhook";
  protected readonly noun = "Webhook";

  schema(): Schema {
    return {
      description: "Looks up one SmartEnroll webhook by `id` or by exact `name`.",
      attributes: {
        ...this.lookupAttributes(computedOnly(webhookSchema().attributes)),
        project_flow_ids: { kind: "list", elementType: types.string, computed: true, description: "Ids of the project flows whose `integrations.webhook_id` is this webhook." },
      },
    };
  }

  protected get(client: SmartEnrollClient, id: string, signal: AbortSignal): Promise<Webhook> {
    return client.webhooks.get(id, { signal });
  }

  protected listLike(client: SmartEnrollClient, name: string, signal: AbortSignal): AsyncIterable<Webhook> {
    return client.webhooks.listAll({ like_name: name }, { signal });
  }

  protected state(hook: Webhook): ObjectValue {
    return { ...webhookState(hook), project_flow_ids: Array.isArray(hook.projectFlow) ? hook.projectFlow.map(String) : [] };
  }
}
