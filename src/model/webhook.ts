import { z } from "zod";
import { email, httpUrl, nonEmpty, objectId } from "./primitives";

/** Server defaults of a webhook's `notification` (api-contract.md §10). */
export const WEBHOOK_NOTIFICATION_DEFAULTS = { success: false, fail: true } as const;

/** Who is told about deliveries, and when. Every key is optional; null restores the default. */
export const webhookNotificationInput = z
  .object({
    success: z.boolean().nullish().describe("Send a notification when a delivery succeeds. Default `false`."),
    fail: z.boolean().nullish().describe("Send a notification when a delivery fails. Default `true`."),
    email: email().nullish().describe("Email address that receives the notifications. Optional; no default."),
  })
  .describe("Notification settings of the webhook.");

/** Fields of a webhook that a client sets (W1, W4). */
export const webhookFieldsShape = {
  name: nonEmpty().describe("Display name of the webhook. Required."),
  url: httpUrl().describe("The http(s) URL that receives each onboarding event as a JSON POST. Required."),
  isActive: z.boolean().describe("Whether events are delivered to `url`. Required on create."),
  description: z.string().nullish().describe("Free-text description of the webhook."),
  notification: webhookNotificationInput.nullish(),
};

const flowIds = (what: string) => z.array(objectId()).nullish().describe(`Ids of project flows to ${what}.`);

/** W1 body (`POST /v2/webhooks`): `name`, `url` and `isActive` are required; `link` attaches flows. */
export const webhookCreateInput = z
  .object({ ...webhookFieldsShape, link: flowIds("attach (their `integrations.webhook` becomes this webhook)") })
  .describe("Body of a webhook create.");
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
  .describe("Body of a webhook update.");
export type WebhookUpdateInput = z.infer<typeof webhookUpdateInput>;
