import type { Webhook } from "../../client";
import type { DataSourceReadRequest, DataSourceReadResponse, Schema, ValidateConfigRequest, ValidateConfigResponse } from "../../plugin";
import { AttributePath, isUnknown, types } from "../../plugin";
import { addApiError } from "../errors";
import { webhookState } from "../normalize/webhook";
import { knownText, text } from "../resources/typed-value";
import { SmartEnrollDataSource } from "./base";
import { computedOnly } from "../schemas/computed";
import { webhookSchema } from "../schemas/webhook";

/** `data "smartenroll_webhook"`: one webhook, by `id` or by exact `name`, with the flows linked to it. */
export class WebhookDataSource extends SmartEnrollDataSource {
  protected readonly typeSuffix = "webhook";

  schema(): Schema {
    const attrs = computedOnly(webhookSchema().attributes);
    return {
      description: "Looks up one SmartEnroll webhook by `id` or by exact `name`.",
      attributes: {
        ...attrs,
        id: { ...attrs.id, optional: true, computed: true, description: "Id of the webhook to look up. Set exactly one of `id` and `name`." },
        name: { ...attrs.name, optional: true, computed: true, description: "Exact name of the webhook to look up. Set exactly one of `id` and `name`." },
        project_flow_ids: { kind: "list", elementType: types.string, computed: true, description: "Ids of the project flows whose `integrations.webhook_id` is this webhook." },
      },
    };
  }

  validateConfig(req: ValidateConfigRequest, resp: ValidateConfigResponse): void {
    const { id, name } = req.config;
    if (isUnknown(id) || isUnknown(name)) return;
    if ((id === null) === (name === null))
      resp.diagnostics.addAttributeError(AttributePath.root("id"), "Invalid Attribute Combination", "Set exactly one of `id` and `name`.");
  }

  async read(req: DataSourceReadRequest, resp: DataSourceReadResponse): Promise<void> {
    const client = this.client(resp.diagnostics);
    if (!client) return;
    const id = knownText(req.config.id);
    const name = text(req.config.name);
    try {
      let hook: Webhook;
      if (id !== undefined) hook = await client.webhooks.get(id, { signal: req.signal });
      else {
        const matches: Webhook[] = [];
        for await (const w of client.webhooks.listAll({ like_name: name }, { signal: req.signal })) if (w.name === name) matches.push(w);
        if (matches.length !== 1) {
          resp.diagnostics.addAttributeError(
            AttributePath.root("name"),
            matches.length ? "Ambiguous Webhook Name" : "Webhook Not Found",
            matches.length ? `${matches.length} webhooks are named "${name}"; look it up by id instead.` : `No webhook is named "${name}".`,
          );
          return;
        }
        hook = matches[0];
      }
      resp.state = { ...webhookState(hook), project_flow_ids: Array.isArray(hook.projectFlow) ? hook.projectFlow.map(String) : [] };
    } catch (e) {
      addApiError(resp.diagnostics, e, "Error Reading Webhook");
    }
  }
}
