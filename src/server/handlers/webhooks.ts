import { check, pathString, webhookCreateInput, webhookUpdateInput, WEBHOOK_NOTIFICATION_DEFAULTS, type ModelIssue } from "../../model";
import type { Ctx, Result } from "../context";
import { ApiError, apiMessage } from "../errors";
import type { FlowDoc } from "../flow-doc";
import { isObjectId, newObjectId } from "../ids";
import { mergePatch } from "../merge";
import { perPageParams } from "../page-params";
import { refreshLinkedUrls, setFlowLink, unlinkAll } from "../webhook-links";
import type { WebhookDoc } from "../webhook-store";
import { webhookView } from "../webhook-view";

/** v2 errors use the short `{code, message}` body; messages of field problems end in a newline, as the API's do. */
const recordNotFound = () => new ApiError(404, "NotFound", "Record not found.", undefined, true);
const missingParameter = (message: string) => new ApiError(409, "MissingParameter", `${message}\n`, undefined, true);

function fieldError(issues: ModelIssue[]): ApiError {
  const first = issues[0];
  return missingParameter(first.code === "required" ? `missing ${pathString(first.path)}` : apiMessage(first));
}

function load(ctx: Ctx): WebhookDoc {
  const id = ctx.params.id;
  const hook = isObjectId(id) ? ctx.webhooks.get(ctx.user, id) : undefined;
  if (!hook) throw recordNotFound();
  return hook;
}

function flowsOf(ctx: Ctx, ids: string[] | null | undefined, what: "link" | "unlink"): FlowDoc[] {
  return [...new Set((ids ?? []).map((id) => id.toLowerCase()))].flatMap((id) => {
    const flow = ctx.flows.get(ctx.user, id);
    if (flow) return [flow];
    if (what === "unlink") return [];
    throw missingParameter(`invalid link: project flow ${id} not found`);
  });
}

function relink(ctx: Ctx, hook: WebhookDoc, link: FlowDoc[], unlink: FlowDoc[]): void {
  for (const flow of unlink) if (flow.integrations.webhook === hook._id) setFlowLink(ctx, flow, null);
  for (const flow of link) setFlowLink(ctx, flow, hook);
}

const view = (ctx: Ctx, hook: WebhookDoc) => webhookView(hook, ctx.user, ctx.webhooks.linkedFlows(ctx.user, hook._id));

/** W1 `POST /v2/webhooks`: 200 with the new webhook; `link[]` attaches flows. */
export function createWebhook(ctx: Ctx): Result {
  const { value: v, issues } = check(webhookCreateInput, ctx.body);
  if (!v) throw fieldError(issues);
  const link = flowsOf(ctx, v.link, "link");
  const hook: WebhookDoc = {
    _id: newObjectId(),
    name: v.name,
    url: v.url,
    isActive: v.isActive,
    ...(v.description != null && { description: v.description }),
    notification: { ...(mergePatch(WEBHOOK_NOTIFICATION_DEFAULTS, v.notification ?? {}, WEBHOOK_NOTIFICATION_DEFAULTS) as WebhookDoc["notification"]), _id: newObjectId() },
    statistics: {},
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  ctx.webhooks.insert(ctx.user, hook);
  relink(ctx, hook, link, []);
  return { status: 200, body: { data: view(ctx, hook) } };
}

/** W2 `GET /v2/webhooks`: `page`, `perPage` (or `limit`), `like_name`, `where_url`, `isActive`, `projectFlow`. */
export function listWebhooks(ctx: Ctx): Result {
  const q = ctx.query;
  const { page, perPage } = perPageParams(q, missingParameter);
  const active = q.get("isActive");
  const filter = {
    likeName: q.get("like_name") ?? undefined,
    url: q.get("where_url") ?? undefined,
    isActive: active === null ? undefined : active === "true",
    projectFlow: q.get("projectFlow") ?? undefined,
  };
  const { items, total } = ctx.webhooks.list(ctx.user, filter, page, perPage);
  return { status: 200, body: { data: items.map((w) => view(ctx, w)), pagination: { page, perPage, total, pages: Math.ceil(total / perPage) } } };
}

/** W3 `GET /v2/webhooks/{id}`. */
export function getWebhook(ctx: Ctx): Result {
  return { status: 200, body: { data: view(ctx, load(ctx)) } };
}

/** W4 `PUT /v2/webhooks/{id}`: partial update (`isActive` included, Q20); `link[]`/`unlink[]` attach and detach flows. */
export function updateWebhook(ctx: Ctx): Result {
  const { value: v, issues } = check(webhookUpdateInput, ctx.body);
  const before = load(ctx);
  if (!v) throw fieldError(issues);
  const link = flowsOf(ctx, v.link, "link");
  const unlink = flowsOf(ctx, v.unlink, "unlink");
  const hook: WebhookDoc = { ...before, updatedAt: ctx.now };
  if (v.name !== undefined) hook.name = v.name;
  if (v.url !== undefined) hook.url = v.url;
  if (v.isActive !== undefined) hook.isActive = v.isActive;
  if (v.description === null) delete hook.description;
  else if (v.description !== undefined) hook.description = v.description;
  if (v.notification !== undefined) {
    const merged = mergePatch(before.notification, v.notification, WEBHOOK_NOTIFICATION_DEFAULTS) as WebhookDoc["notification"];
    hook.notification = { ...merged, _id: before.notification._id };
  }
  ctx.webhooks.update(ctx.user, hook);
  if (hook.url !== before.url) refreshLinkedUrls(ctx, hook);
  relink(ctx, hook, link, unlink);
  return { status: 200, body: { data: view(ctx, hook) } };
}

/** W5 `DELETE /v2/webhooks/{id}`: returns the deleted document; linked flows' `integrations.webhook` becomes null. */
export function deleteWebhook(ctx: Ctx): Result {
  const hook = load(ctx);
  const body = { data: view(ctx, hook) };
  unlinkAll(ctx, hook._id);
  ctx.webhooks.delete(ctx.user, hook._id);
  return { status: 200, body };
}
