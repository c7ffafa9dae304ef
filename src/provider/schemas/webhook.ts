import { webhookCreateInput } from "../../model";
import { boolDefault, Schema, useStateForUnknown } from "../../plugin";
import { schemaFromModel } from "./describe";

/** Attributes of `smartenroll_webhook` (architecture.md): the fields of the model's webhook, built once per process. */
export function webhookSchema(): Schema {
  return (cached ??= build());
}

let cached: Schema | undefined;

function build(): Schema {
  return schemaFromModel(
    "A webhook (`/v2/webhooks`) that receives a project flow's onboarding events as JSON POSTs `{type, object}`. A flow points at it with `integrations.webhook_id`; that reference is the one place the link is managed.",
    {
      id: { kind: "string", computed: true, description: "Id of the webhook, assigned by the API.", planModifiers: [useStateForUnknown()] },
      name: { kind: "string", required: true },
      url: { kind: "string", required: true },
      description: { kind: "string", optional: true },
      is_active: {
        kind: "bool",
        optional: true,
        computed: true,
        default: boolDefault(true),
        description: "Whether events are delivered to `url`. Default `true`. Changing it updates the webhook in place.",
      },
      notification: {
        kind: "single_nested",
        optional: true,
        computed: true,
        attributes: {
          success: { kind: "bool", optional: true, computed: true },
          fail: { kind: "bool", optional: true, computed: true },
          email: { kind: "string", optional: true },
        },
      },
    },
    webhookCreateInput,
  );
}
