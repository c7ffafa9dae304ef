import { webhookCreateInput } from "../../model";
import { boolDefault, Schema, useStateForUnknown } from "../../plugin";
import { attributesFromModel } from "./from-model";
import { UNSET_IS_DEFAULT } from "./planned-default";

/** Attributes of `smartenroll_webhook` (architecture.md): the fields of the model's webhook, built once per process. */
export function webhookSchema(): Schema {
  return (cached ??= build());
}

let cached: Schema | undefined;

function build(): Schema {
  const fromModel = attributesFromModel(webhookCreateInput, {
    omit: ["link"],
    tweak: {
      is_active: {
        required: false,
        optional: true,
        computed: true,
        default: boolDefault(true),
        description: "Whether events are delivered to `url`. Default `true` (planned when unset). Changing it updates the webhook in place.",
      },
    },
  });
  return {
    description:
      "A webhook (`/v2/webhooks`) that receives a project flow's onboarding events as JSON POSTs `{type, object}`. A flow points at it with `integrations.webhook_id`; that reference is the one place the link is managed. " +
      UNSET_IS_DEFAULT,
    attributes: {
      id: { kind: "string", computed: true, description: "Id of the webhook, assigned by the API.", planModifiers: [useStateForUnknown()] },
      ...fromModel,
    },
  };
}
