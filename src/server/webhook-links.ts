import type { Ctx } from "./context";
import { issuesError } from "./errors";
import type { FlowDoc } from "./flow-doc";
import { isObjectId } from "./ids";
import type { WebhookDoc } from "./webhook-store";

/**
 * The link between a flow and a webhook lives in one place: the flow's `integrations.webhook`. A webhook's
 * `projectFlow[]` is computed from it, and the flow's `webhookUrl` mirror follows the webhook's URL.
 */

/**
 * Checks a flow's `integrations.webhook` before it is stored: null, or the id of an existing webhook of the
 * same user (422 otherwise, `details[].field` prefixed with `prefix`). `""` counts as null; ids are stored in
 * lower case, like every id the server answers with. Sets the mirror.
 */
export function checkWebhookRef(ctx: Ctx, flow: FlowDoc, prefix: (string | number)[] = []): void {
  const ref = flow.integrations.webhook;
  if (ref === "" || ref === undefined) flow.integrations.webhook = null;
  else if (typeof ref === "string" && isObjectId(ref)) flow.integrations.webhook = ref.toLowerCase();
  const id = flow.integrations.webhook;
  if (id === null) {
    flow.webhookUrl = "";
    return;
  }
  const hook = typeof id === "string" ? ctx.webhooks.get(ctx.user, id) : undefined;
  if (!hook) {
    const expect = "the id of one of your webhooks (/v2/webhooks)";
    throw issuesError([{ code: "not_accepted", path: ["integrations", "webhook"], status: 422, params: { expect, received: id } }], prefix, true);
  }
  flow.webhookUrl = hook.url;
}

/** Points a flow at `hook` (or at nothing) and stores it. */
export function setFlowLink(ctx: Ctx, flow: FlowDoc, hook: WebhookDoc | null): void {
  flow.integrations = { ...flow.integrations, webhook: hook?._id ?? null };
  flow.webhookUrl = hook?.url ?? "";
  flow.updatedAt = ctx.now;
  ctx.flows.update(ctx.user, flow);
}

/** Re-stores the `webhookUrl` mirror of every flow linked to `hook` (after its URL changed). */
export function refreshLinkedUrls(ctx: Ctx, hook: WebhookDoc): void {
  for (const flow of linkedFlowDocs(ctx, hook._id)) {
    flow.webhookUrl = hook.url;
    ctx.flows.update(ctx.user, flow);
  }
}

/** Detaches every flow linked to webhook `id` (the webhook is being deleted). */
export function unlinkAll(ctx: Ctx, id: string): void {
  for (const flow of linkedFlowDocs(ctx, id)) setFlowLink(ctx, flow, null);
}

/** The user's flows whose `integrations.webhook` is webhook `id`, oldest first. */
function linkedFlowDocs(ctx: Ctx, id: string): FlowDoc[] {
  return ctx.webhooks.linkedFlows(ctx.user, id).flatMap((flowId) => ctx.flows.get(ctx.user, flowId) ?? []);
}

/**
 * The webhook part of a project delete (§15 Q4): a webhook linked only to this project's flows is deleted;
 * one also linked elsewhere stays (its links to this project go away with the flows).
 */
export function cascadeProjectDelete(ctx: Ctx, projectFlows: FlowDoc[]): void {
  const own = new Set(projectFlows.map((f) => f._id));
  const hooks = new Set(projectFlows.map((f) => f.integrations.webhook).filter((w): w is string => typeof w === "string" && w !== ""));
  for (const id of hooks) {
    if (ctx.webhooks.linkedFlows(ctx.user, id).every((f) => own.has(f))) ctx.webhooks.delete(ctx.user, id);
  }
}
