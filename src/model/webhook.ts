import { z } from "zod";
import { fieldDefaults } from "./meta";
import { email, httpUrl, nonEmpty, objectId } from "./primitives";

/** Who is told about deliveries, and when. Every key is optional; null restores the default. */
export const webhookNotificationInput = z
  .object({
    success: z.boolean().nullish().meta({ description: "Send a notification when a delivery succeeds.", default: false }),
    fail: z.boolean().nullish().meta({ description: "Send a notification when a delivery fails.", default: true }),
    email: email().nullish().meta({ description: "Email address that receives the notifications. Optional; no default." }),
  })
  .meta({ description: "Notification settings of the webhook." });

/** Server defaults of a webhook's `notification` (api-contract.md §10), from the fields above. */
export const WEBHOOK_NOTIFICATION_DEFAULTS = fieldDefaults(webhookNotificationInput) as { success: boolean; fail: boolean };

/** Fields of a webhook that a client sets (W1, W4). */
export const webhookFieldsShape = {
  name: nonEmpty().meta({ description: "Display name of the webhook. Required." }),
  url: httpUrl().meta({ description: "The http(s) URL that receives each onboarding event as a JSON POST `{type, object}`. Required." }),
  isActive: z.boolean().meta({ description: "Whether events are delivered to `url`. Required by the API on create." }),
  description: z.string().nullish().meta({ description: "Free-text description of the webhook." }),
  notification: webhookNotificationInput.nullish(),
};

const flowIds = (what: string) => z.array(objectId()).nullish().meta({ description: `Ids of project flows to ${what}.` });

/** W1 body (`POST /v2/webhooks`): `name`, `url` and `isActive` are required; `link` attaches flows. */
export const webhookCreateInput = z
  .object({ ...webhookFieldsShape, link: flowIds("attach (their `integrations.webhook` becomes this webhook)") })
  .meta({ description: "Body of a webhook create." });
export type WebhookCreateInput = z.infer<typeof webhookCreateInput>;

/**
 * W4 body (`PUT /v2/webhooks/{id}`): a partial update; `link`/`unlink` attach and detach flows.
 * `isActive` is accepted here (api-contract.md §15 Q20: the docs call it a toggle).
 */
export const webhookUpdateInput = z
  .object({
    name: webhookFieldsShape.name.optional(),
    url: webhookFieldsShape.url.optional(),
    isActive: webhookFieldsShape.isActive.optional(),
    description: webhookFieldsShape.description,
    notification: webhookFieldsShape.notification,
    link: flowIds("attach"),
    unlink: flowIds("detach (their `integrations.webhook` becomes null)"),
  })
  .meta({ description: "Body of a webhook update." });
export type WebhookUpdateInput = z.infer<typeof webhookUpdateInput>;
