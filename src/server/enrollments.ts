import type { ServerResponse } from "node:http";
import { ENROLLMENT_OUTCOMES, enrollmentEvents, type EnrollmentOutcome } from "./enrollment-events";
import { sendJson } from "./http-util";
import { isObjectId, newObjectId } from "./ids";
import { primaryFlow } from "./lifecycle";
import type { ServerState } from "./state";
import { DELIVERY_LIMITS } from "./webhook-delivery";

const fail = (res: ServerResponse, status: number, code: string, message: string) => sendJson(res, status, { message, code, status });

/** True for a URL whose host is a loopback address (the only targets the emulator posts to). */
export function isLoopbackUrl(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

interface EnrollmentRequest {
  projectId: string;
  outcome: EnrollmentOutcome;
  timeoutMs: number;
}

function parse(body: Record<string, unknown> | undefined): EnrollmentRequest | string {
  const { projectId, outcome = "completed", timeoutMs = DELIVERY_LIMITS.defaultTimeoutMs } = body ?? {};
  if (typeof projectId !== "string" || !isObjectId(projectId)) return "projectId must be the id of a project";
  if (!ENROLLMENT_OUTCOMES.includes(outcome as EnrollmentOutcome)) return `outcome must be one of ${ENROLLMENT_OUTCOMES.join(", ")}`;
  if (typeof timeoutMs !== "number" || !Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > DELIVERY_LIMITS.maxTimeoutMs)
    return `timeoutMs must be an integer from 1 to ${DELIVERY_LIMITS.maxTimeoutMs}`;
  return { projectId, outcome: outcome as EnrollmentOutcome, timeoutMs };
}

/**
 * `POST /_emulator/enrollments {projectId, outcome?, timeoutMs?}`: simulates one enrollee going through the
 * project's active flow and posts each event to the linked, active webhook when its URL is on loopback.
 * Answers 202 at once with the event types; deliveries run in the background and appear in the request log.
 */
export function handleEnrollment(state: ServerState, body: Record<string, unknown> | undefined, res: ServerResponse): void {
  const req = parse(body);
  if (typeof req === "string") return fail(res, 400, "BadRequest", req);
  const owner = state.db.prepare<[string], { user: string }>("SELECT user FROM projects WHERE id = ?").get(req.projectId)?.user;
  const project = owner === undefined ? undefined : state.projects.get(owner, req.projectId);
  if (owner === undefined || !project) return fail(res, 404, "NotFound", "Project not found");
  const flow = primaryFlow(state.flows.byProject(owner, project._id));
  if (!flow) return fail(res, 409, "Conflict", "project_flow_required");
  if (project.status !== "active" || flow.status !== "active")
    return fail(res, 409, "Conflict", `Only active projects and flows accept enrollees (project is ${project.status}, flow is ${flow.status})`);
  const mandatory = (["document", "liveness"] as const).filter((s) => flow.steps[s] === "mandatory");
  if (req.outcome === "completed_without_kyc" && mandatory.length)
    return fail(res, 409, "Conflict", `completed_without_kyc is impossible: the flow's ${mandatory.join(" and ")} ${mandatory.length > 1 ? "steps are" : "step is"} mandatory`);

  const hookId = typeof flow.integrations.webhook === "string" ? flow.integrations.webhook : null;
  const hook = hookId ? state.webhooks.get(owner, hookId) : undefined;
  const events = enrollmentEvents({ client: owner, flow, webhookUrl: hook?.url ?? "", outcome: req.outcome, now: new Date() });
  const enrollment = newObjectId();
  const skip = !hook ? "the flow has no webhook" : !hook.isActive ? "the webhook is not active" : !isLoopbackUrl(hook.url) ? "the emulator delivers only to loopback URLs (127.0.0.1, ::1, localhost)" : undefined;
  if (!skip && !state.deliveries.start({ user: owner, webhook: hook!._id, url: hook!.url, enrollment, events, timeoutMs: req.timeoutMs }))
    return fail(res, 429, "TooManyRequests", `At most ${DELIVERY_LIMITS.maxEnrollmentsInFlight} simulated enrollments are delivered at a time`);
  sendJson(res, 202, {
    data: {
      enrollment, project: project._id, projectFlow: flow._id, outcome: req.outcome, webhook: hook?._id ?? null,
      delivering: !skip, ...(skip && { reason: skip }), events: events.map((e) => e.type),
    },
  });
}
