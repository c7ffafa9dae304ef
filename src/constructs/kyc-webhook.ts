import { Token } from "cdktf";
import type { Construct } from "constructs";
import { Webhook } from "../../lib/webhook";
import { check, OBJECT_ID, webhookCreateInput, type ModelIssue } from "../model";

/** Outcomes a webhook's notification can be sent for. */
export type WebhookNotifyOn = "success" | "fail";
const NOTIFY_ON: readonly string[] = ["success", "fail"] satisfies WebhookNotifyOn[];

/** A webhook that `KycProject` creates for its flow's onboarding events (`smartenroll_webhook`, child id `Webhook`). */
export interface KycWebhook {
  /** The http(s) URL that receives each onboarding event as a JSON POST `{type, object}`. */
  readonly url: string;
  /**
   * Display name of the webhook.
   * @default - the project's name followed by " events"
   */
  readonly name?: string;
  /**
   * Free-text description of the webhook.
   * @default - none
   */
  readonly description?: string;
  /**
   * Delivery outcomes that trigger a notification: any of `success` and `fail`.
   * @default - the API's default: ["fail"]
   */
  readonly notifyOn?: WebhookNotifyOn[];
  /**
   * Email address that receives the notifications.
   * @default - none
   */
  readonly notificationEmail?: string;
}

/** What `webhook` may be: a webhook to create, or the id of an existing one. */
export type KycWebhookProp = KycWebhook | string;

/** Props of KycProject that concern its webhook. */
interface WebhookProps {
  readonly name: string;
  readonly webhook?: KycWebhookProp;
  readonly integrations?: { readonly webhook?: string };
}

const known = (v: unknown) => v !== undefined && !Token.isUnresolved(v);

function notification(w: KycWebhook) {
  if (w.notifyOn === undefined && w.notificationEmail === undefined) return undefined;
  const on = w.notifyOn;
  return {
    ...(on !== undefined && !Token.isUnresolved(on) && { success: on.includes("success"), fail: on.includes("fail") }),
    ...(w.notificationEmail !== undefined && { email: w.notificationEmail }),
  };
}

/** The `smartenroll_webhook` configuration of a `webhook` prop object (name defaulted from the project). */
export function webhookConfig(w: KycWebhook, projectName: string) {
  return { name: w.name ?? `${projectName} events`, url: w.url, description: w.description, notification: notification(w) };
}

/**
 * Creates the webhook a `webhook` prop asks for (child id `Webhook`), and returns it with the id the flow's
 * `integrations.webhook_id` takes: the new webhook's, an existing one's, or `integrations.webhook`.
 */
export function kycWebhook(scope: Construct, props: WebhookProps): { webhook?: Webhook; webhookId?: string } {
  const w = props.webhook;
  if (w === undefined) return { webhookId: props.integrations?.webhook };
  if (typeof w === "string") return { webhookId: w };
  const webhook = new Webhook(scope, "Webhook", webhookConfig(w, props.name));
  return { webhook, webhookId: webhook.id };
}

/** Problems of the `webhook` prop, as model issues with prop paths (values that are tokens are skipped). */
export function webhookIssues(props: WebhookProps): ModelIssue[] {
  const w = props.webhook;
  if (w === undefined) return [];
  const out: ModelIssue[] = [];
  if (props.integrations?.webhook !== undefined)
    out.push({ code: "conflicts_with", path: ["webhook"], status: 422, params: { other: { field: ["integrations", "webhook"] }, what: "the flow's webhook" } });
  if (typeof w === "string") {
    if (known(w) && !OBJECT_ID.test(w))
      out.push({ code: "not_accepted", path: ["webhook"], status: 400, params: { expect: "a webhook id (24 hexadecimal characters) or a webhook object", received: w } });
    return out;
  }
  const body = {
    name: known(w.name) ? (w.name ?? `${props.name} events`) : "x",
    url: known(w.url) ? w.url : "https://token.invalid",
    isActive: true,
    ...(known(w.description) && { description: w.description }),
    ...(known(w.notificationEmail) && { notification: { email: w.notificationEmail } }),
  };
  for (const i of check(webhookCreateInput, body).issues) out.push({ ...i, path: ["webhook", ...(i.path[0] === "notification" ? ["notificationEmail"] : i.path)] });
  (known(w.notifyOn) ? (w.notifyOn ?? []) : []).forEach((v, i) => {
    if (!NOTIFY_ON.includes(v)) out.push({ code: "not_in_enum", path: ["webhook", "notifyOn", i], status: 422, params: { values: NOTIFY_ON, received: v } });
  });
  return out;
}
