import { randomInt } from "node:crypto";
import {
  brandingPatch, check, defaultBranding, FLOW_DEFAULTS, flowRules, projectCreateInput, projectFlowTypeRule, projectUpdateInput,
  type StoredBranding,
} from "../../model";
import type { Ctx, Result } from "../context";
import { ApiError, conflict, issuesError, notFound } from "../errors";
import { applyFlowPatch, newFlow, type FlowDoc } from "../flow-doc";
import { isObjectId, newObjectId } from "../ids";
import { checkActivation, checkTransition, primaryFlow } from "../lifecycle";
import { mergePatch } from "../merge";
import { queryInt } from "../page-params";
import { newProjectDoc, patchProjectDoc, type ProjectDoc } from "../project-doc";
import { projectReadView, projectWriteView } from "../views";
import { cascadeProjectDelete, checkWebhookRef } from "../webhook-links";

const demoCode = () => String(randomInt(0, 1_000_000)).padStart(6, "0");
const nameConflict = () => conflict("A project with this name already exists");

function projectId(ctx: Ctx, code: "BadRequest" | "InvalidParameter"): string {
  const id = ctx.params.id;
  if (!isObjectId(id)) throw new ApiError(400, code, "Invalid project ID format", undefined, code === "InvalidParameter");
  return id;
}

function load(ctx: Ctx, id: string): ProjectDoc {
  const p = ctx.projects.get(ctx.user, id);
  if (!p) throw notFound("Project");
  return p;
}

function validateFlow(flow: FlowDoc): void {
  const issues = flowRules(flow);
  if (issues.length) throw issuesError(issues, ["projectFlow"], true);
}

/** P1 `POST /v3/projects`. */
export function createProject(ctx: Ctx): Result {
  const { value: v, issues } = check(projectCreateInput, ctx.body);
  if (!v) throw issuesError(issues);
  const typeIssues = projectFlowTypeRule(v);
  if (typeIssues.length) throw issuesError(typeIssues);
  if (ctx.projects.nameTaken(ctx.user, v.name)) throw nameConflict();
  const branding = v.branding ? (mergePatch(defaultBranding(), brandingPatch(v.branding), defaultBranding()) as StoredBranding) : defaultBranding();
  const p = newProjectDoc(v, { _id: newObjectId(), branding, createdAt: ctx.now, updatedAt: ctx.now });
  if (p.demoMode && !p.demoOTP) p.demoOTP = demoCode();
  let flow: FlowDoc | undefined;
  if (v.projectFlow) {
    flow = applyFlowPatch(newFlow(p._id, ctx.now), v.projectFlow);
    validateFlow(flow);
    checkWebhookRef(ctx, flow, ["projectFlow"]);
    if (flow.status === "active") checkActivation(flow, ["projectFlow"]);
  }
  if (p.status === "active") checkActivation(flow, ["projectFlow"]);
  ctx.projects.insert(ctx.user, p);
  if (flow) ctx.flows.insert(ctx.user, flow);
  return { status: 201, body: { data: projectWriteView(p, flow?._id ?? null) } };
}

function intParam(q: URLSearchParams, name: string, def: number, max: number, rule: string): number {
  return queryInt(q, name, def, max, () => new ApiError(409, "MissingParameter", `Invalid parameter: ${name} ${rule}`));
}

/** P2 `GET /v3/projects`. */
export function listProjects(ctx: Ctx): Result {
  const q = ctx.query;
  const limit = intParam(q, "limit", 10, 100, "must be between 1 and 100");
  const page = intParam(q, "page", 1, Number.MAX_SAFE_INTEGER, "must be a positive integer");
  const inStatus = [...q.getAll("in_status[]"), ...q.getAll("in_status")].flatMap((s) => s.split(",")).filter(Boolean);
  const { items, total } = ctx.projects.list(
    ctx.user,
    { likeName: q.get("like_name") ?? undefined, status: q.get("where_status") ?? undefined, target: q.get("where_target") ?? undefined, inStatus, createdAt: q.get("where_createdAt") ?? undefined },
    page,
    limit,
  );
  const flows = ctx.flows.byProjects(ctx.user, items.map((p) => p._id));
  return {
    status: 200,
    body: { data: items.map((p) => projectReadView(p, flows.get(p._id) ?? [], "list")), total, limit, page, pages: Math.ceil(total / limit) },
  };
}

/** P3 `GET /v3/projects/{id}`. */
export function getProject(ctx: Ctx): Result {
  const p = load(ctx, projectId(ctx, "InvalidParameter"));
  return { status: 200, body: { data: projectReadView(p, ctx.flows.byProject(ctx.user, p._id), "get") } };
}

/** P4 `PUT /v3/projects/{id}`: partial update, flow upsert, activation. */
export function updateProject(ctx: Ctx): Result {
  const id = projectId(ctx, "BadRequest");
  const { value: v, issues } = check(projectUpdateInput, ctx.body);
  if (!v) throw issuesError(issues);
  const p = load(ctx, id);
  if (v.name !== undefined && ctx.projects.nameTaken(ctx.user, v.name, id)) throw nameConflict();
  const next: ProjectDoc = { ...p, updatedAt: ctx.now };
  patchProjectDoc(next, v);
  if (v.branding === null) next.branding = defaultBranding();
  else if (v.branding) next.branding = mergePatch(p.branding, brandingPatch(v.branding), defaultBranding()) as StoredBranding;
  if (next.demoMode && !next.demoOTP) next.demoOTP = demoCode();
  if (v.status) {
    checkTransition("project", p.status, v.status);
    next.status = v.status;
  }

  const flows = ctx.flows.byProject(ctx.user, id);
  let touched: FlowDoc | undefined;
  let isNew = false;
  if (v.projectFlow) {
    const target = v.projectFlow.target ?? FLOW_DEFAULTS.target;
    const type = v.projectFlowType ?? v.projectFlow.type ?? FLOW_DEFAULTS.type;
    const existing = flows.find((f) => f.target === target && f.type === type);
    isNew = !existing;
    const baseFlow = existing ?? { ...newFlow(id, ctx.now), target, type };
    touched = applyFlowPatch(baseFlow, v.projectFlow);
    touched.updatedAt = ctx.now;
    if (v.projectFlow.status) checkTransition("project flow", baseFlow.status, v.projectFlow.status);
    validateFlow(touched);
    checkWebhookRef(ctx, touched, ["projectFlow"]);
    if (touched.status === "active") checkActivation(touched, ["projectFlow"]);
  }
  if (next.status === "active" && (v.status === "active" || touched)) checkActivation(touched ?? primaryFlow(flows), ["projectFlow"]);

  ctx.projects.update(ctx.user, next);
  if (touched) (isNew ? ctx.flows.insert : ctx.flows.update).call(ctx.flows, ctx.user, touched);
  const flowId = touched?._id ?? primaryFlow(flows)?._id ?? null;
  return { status: 200, body: { data: projectWriteView(next, flowId), status: "completed" } };
}

/** P5 `DELETE /v3/projects/{id}`: only draft/paused projects without active flows; cascades to flows and their webhooks (Q4). */
export function deleteProject(ctx: Ctx): Result {
  const p = load(ctx, projectId(ctx, "BadRequest"));
  const flows = ctx.flows.byProject(ctx.user, p._id);
  if (p.status === "active" || flows.some((f) => f.status === "active")) throw conflict("Cannot delete project with active flows");
  cascadeProjectDelete(ctx, flows);
  ctx.flows.deleteByProject(ctx.user, p._id);
  ctx.projects.delete(ctx.user, p._id);
  return { status: 200, body: { data: { _id: p._id, name: p.name, status: "deleted" } } };
}

