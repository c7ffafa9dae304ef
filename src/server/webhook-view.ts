import type { WebhookDoc } from "./webhook-store";

/** A webhook as the v2 API returns it (§10): owner as `client`, linked flow ids as `projectFlow`, `__v`. */
export function webhookView(w: WebhookDoc, client: string, projectFlow: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = { client, projectFlow, statistics: w.statistics, isActive: w.isActive, name: w.name, url: w.url };
  if (w.description !== undefined) out.description = w.description;
  out.notification = w.notification;
  out._id = w._id;
  out.updatedAt = w.updatedAt;
  out.createdAt = w.createdAt;
  out.__v = 0;
  return out;
}
