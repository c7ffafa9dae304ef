import { rateCategory } from "../model";
import { authenticate } from "./auth";
import { parseJsonObject, readBody } from "./body";
import { errorBody, type Call } from "./call";
import type { Handler, Result } from "./context";
import { badRequest, forbidden } from "./errors";
import { sleep } from "./http-util";
import { isObjectId } from "./ids";
import { depthProblem, valuesProblem } from "./json-limits";
import type { Router } from "./router";

/** One concern of the pipeline: answers the call and returns true, or returns false to pass it on. */
export type Stage = (call: Call) => boolean | Promise<boolean>;

const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const BODIES = new Set(["POST", "PUT", "PATCH"]);

/** Faults injected through `/_emulator/faults`: delay, drop the connection, or answer a status. */
export const injectFault: Stage = async (call) => {
  const fault = (call.fault = call.state.faults.take(call.method, call.path));
  if (fault?.delayMs) await sleep(fault.delayMs);
  if (fault?.drop) call.drop(0);
  else if (fault?.status) call.reply(fault.status, errorBody(fault.status, "InjectedFault", `Injected fault: ${fault.status}`));
  else return false;
  return true;
};

/** Routing: 404 for unknown paths, 405 for a known path under another method; ids in the path match in any case. */
export function route(routes: Router<Handler>): Stage {
  return (call) => {
    const match = routes.match(call.method, call.path);
    if (!match) call.reply(404, { message: "Not found", code: "NotFound" });
    else if ("methodNotAllowed" in match) call.reply(405, errorBody(405, "MethodNotAllowed", `${call.method} is not allowed on ${call.path}`));
    if (!match || "methodNotAllowed" in match) return true;
    for (const [k, v] of Object.entries(match.params)) if (isObjectId(v)) match.params[k] = v.toLowerCase();
    call.route = match;
    return false;
  };
}

/** Authentication: a valid HS256 Bearer token with `sub` and `exp`, else 401. */
export const authenticateCaller: Stage = async (call) => {
  const user = await authenticate(call.req.headers.authorization, call.state.jwtKey);
  if (!user) {
    call.req.resume();
    call.reply(401, forbidden().body());
    return true;
  }
  call.user = call.entry.user = user;
  return false;
};

/** Per-user rate limits by category of the (normalised) path, with the counters as headers; 429 past the limit. */
export const applyRateLimit: Stage = (call) => {
  const category = rateCategory(call.path);
  if (!category || !call.state.rateLimits) return false;
  const d = call.state.limiter.take(call.user!, category);
  Object.assign(call.headers, { "x-ratelimit-limit": String(d.limit), "x-ratelimit-remaining": String(d.remaining), "x-ratelimit-window-ms": String(d.windowMs) });
  if (d.allowed) return false;
  call.req.resume();
  call.reply(429, errorBody(429, "TooManyRequests", "Too many requests"), { "retry-after": String(Math.ceil(d.resetMs / 1000)), "x-ratelimit-reset-ms": String(d.resetMs) });
  return true;
};

/** The JSON body of a write: 413 past 1 MiB, 400 when malformed, not an object, too deep or too large in values. */
export const readJsonBody: Stage = async (call) => {
  if (!BODIES.has(call.method)) {
    call.req.resume();
    return false;
  }
  const raw = await readBody(call.req);
  if ("tooLarge" in raw) {
    call.req.resume();
    call.reply(413, errorBody(413, "PayloadTooLarge", "Request body exceeds 1 MiB"), { connection: "close" });
    return true;
  }
  const deep = depthProblem(raw.text);
  const body = deep ? undefined : parseJsonObject(raw.text);
  const problem = deep ?? (body === undefined ? undefined : valuesProblem(body));
  if (body === undefined || problem) {
    call.reply(400, badRequest("Invalid request body", problem && [problem]).body());
    return true;
  }
  call.body = body;
  return false;
};

/** The handler, inside one SQLite transaction for writes; a `commitThenDrop` fault closes the connection after the commit. */
export const runHandler: Stage = (call) => {
  const { state, route } = call;
  const ctx = { user: call.user!, params: route!.params, query: call.query, body: call.body, projects: state.projects, flows: state.flows, webhooks: state.webhooks, now: new Date().toISOString() };
  const run = () => route!.handler(ctx);
  const result: Result = WRITES.has(call.method) ? state.db.transaction(run)() : run();
  if (call.fault?.commitThenDrop) call.drop(result.status);
  else call.reply(result.status, result.body);
  return true;
};
