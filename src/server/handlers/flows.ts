import { check, flowConfigInput, flowCreateInput, flowRules } from "../../model";
import type { Ctx, Result } from "../context";
import { ApiError, badRequest, issuesError, notFound } from "../errors";
import { applyFlowPatch, newFlow, type FlowDoc } from "../flow-doc";
import { isObjectId } from "../ids";
import { perPageParams } from "../page-params";
import { checkActivation, checkTransition } from "../lifecycle";
import { flowSummary, flowView } from "../views";
import { checkWebhookRef } from "../webhook-links";

function flowId(ctx: Ctx): string {
  if (!isObjectId(ctx.params.id)) throw new ApiError(400, "BadRequest", "Invalid project flow ID format", undefined, true);
  return ctx.params.id;
}

function load(ctx: Ctx, id: string): FlowDoc {
  const f = ctx.flows.get(ctx.user, id);
  if (!f) throw notFound("Project flow");
  return f;
}

function validate(flow: FlowDoc): void {
  const issues = flowRules(flow);
  if (issues.length) throw issuesError(issues, [], true);
  if (flow.status === "active") checkActivation(flow, []);
}

/** F1 `POST /v3/project-flows` and `POST /v2/project-flows` (Q23): 200 with the new flow. */
export function createFlow(ctx: Ctx): Result {
  const { value: v, issues } = check(flowCreateInput, ctx.body);
  if (!v) {
    const body = ctx.body as { project?: unknown } | null;
    if (issues.some((i) => i.path[0] === "project") && typeof body?.project === "string") throw badRequest("Invalid project ID format");
    throw issuesError(issues, [], true);
  }
  if (!ctx.projects.get(ctx.user, v.project)) throw notFound("Project");
  const flow = applyFlowPatch(newFlow(v.project, ctx.now), v);
  validate(flow);
  checkWebhookRef(ctx, flow);
  ctx.flows.insert(ctx.user, flow);
  return { status: 200, body: { data: flowView(flow) } };
}

/** F2 `GET /v3/project-flows`: summaries with `pagination{page, perPage, total}`. */
export function listFlows(ctx: Ctx): Result {
  const q = ctx.query;
  const { page, perPage } = perPageParams(q, (message) => new ApiError(409, "MissingParameter", message));
  const { items, total } = ctx.flows.list(ctx.user, { type: q.get("type") ?? undefined, status: q.get("status") ?? undefined, project: q.get("project") ?? undefined }, page, perPage);
  return { status: 200, body: { data: items.map(flowSummary), pagination: { page, perPage, total } } };
}

/** F3 `GET /v3/project-flows/{id}`. */
export function getFlow(ctx: Ctx): Result {
  return { status: 200, body: { data: flowView(load(ctx, flowId(ctx))) } };
}

/** F4 `PUT /v3/project-flows/{id}`: partial update validated against the merged configuration. */
export function updateFlow(ctx: Ctx): Result {
  const id = flowId(ctx);
  const { value: v, issues } = check(flowConfigInput, ctx.body);
  if (!v) throw issuesError(issues, [], true);
  const before = load(ctx, id);
  if (v.status) checkTransition("project flow", before.status, v.status);
  const flow = applyFlowPatch(before, v);
  flow.updatedAt = ctx.now;
  validate(flow);
  checkWebhookRef(ctx, flow);
  ctx.flows.update(ctx.user, flow);
  return { status: 200, body: { data: flowView(flow, { project: false, name: false }) } };
}

/** F5 `DELETE /v3/project-flows/{id}` (hard delete, Q17). */
export function deleteFlow(ctx: Ctx): Result {
  const f = load(ctx, flowId(ctx));
  ctx.flows.delete(ctx.user, f._id);
  return { status: 200, body: { data: { _id: f._id, type: f.type, target: f.target, status: "deleted" } } };
}
