import type { IncomingMessage, ServerResponse } from "node:http";
import { performance } from "node:perf_hooks";
import { authenticate } from "./auth";
import { parseJsonObject, readBody } from "./body";
import type { Handler, Result } from "./context";
import { handleEmulator } from "./emulator";
import { ApiError, badRequest, forbidden } from "./errors";
import { sendJson, sleep } from "./http-util";
import { rateCategory } from "./rate-limiter";
import { queryObject, type LoggedRequest } from "./request-log";
import type { Router } from "./router";
import type { ServerState } from "./state";

const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const errorBody = (status: number, code: string, message: string) => ({ message, code, status, timestamp: new Date().toISOString() });

/** Handles one HTTP request: emulator control, or an API call (faults, auth, rate limit, body, route, transaction). */
export async function handleRequest(state: ServerState, routes: Router<Handler>, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const started = performance.now();
  const url = new URL(req.url ?? "/", "http://localhost");
  const path = url.pathname;
  if (path === "/_emulator" || path.startsWith("/_emulator/")) return handleEmulator(state, req, res, path);
  const method = (req.method ?? "GET").toUpperCase();
  const entry: LoggedRequest = { method, path, query: queryObject(url.searchParams), status: 0, user: null, time: new Date().toISOString(), durationMs: 0 };
  const finish = (status: number) => {
    entry.status = status;
    entry.durationMs = Math.round((performance.now() - started) * 100) / 100;
    state.log.push(entry);
  };
  const headers: Record<string, string> = {};
  const reply = (status: number, body: unknown, extra: Record<string, string> = {}) => {
    sendJson(res, status, body, { ...headers, ...extra });
    finish(status);
  };

  try {
    const fault = state.faults.take(method, path);
    if (fault?.delayMs) await sleep(fault.delayMs);
    if (fault?.drop) {
      finish(0);
      req.socket.destroy();
      return;
    }
    if (fault?.status) return reply(fault.status, errorBody(fault.status, "InjectedFault", `Injected fault: ${fault.status}`));

    const match = routes.match(method, path);
    if (!match) return reply(404, { message: "Not found", code: "NotFound" });
    if ("methodNotAllowed" in match) return reply(405, errorBody(405, "MethodNotAllowed", `${method} is not allowed on ${path}`));

    const user = await authenticate(req.headers.authorization, state.jwtKey);
    if (!user) {
      req.resume();
      return reply(401, forbidden().body());
    }
    entry.user = user;

    const category = rateCategory(path);
    if (category && state.rateLimits) {
      const d = state.limiter.take(user, category);
      headers["x-ratelimit-limit"] = String(d.limit);
      headers["x-ratelimit-remaining"] = String(d.remaining);
      headers["x-ratelimit-window-ms"] = String(d.windowMs);
      if (!d.allowed) {
        req.resume();
        return reply(429, errorBody(429, "TooManyRequests", "Too many requests"), {
          "retry-after": String(Math.ceil(d.resetMs / 1000)),
          "x-ratelimit-reset-ms": String(d.resetMs),
        });
      }
    }

    let body: unknown = undefined;
    if (method === "POST" || method === "PUT" || method === "PATCH") {
      const raw = await readBody(req);
      if ("tooLarge" in raw) {
        req.resume();
        return reply(413, errorBody(413, "PayloadTooLarge", "Request body exceeds 1 MiB"), { connection: "close" });
      }
      body = parseJsonObject(raw.text);
      if (body === undefined) return reply(400, badRequest().body());
    } else req.resume();

    const ctx = { user, params: match.params, query: url.searchParams, body, projects: state.projects, flows: state.flows, webhooks: state.webhooks, now: new Date().toISOString() };
    const run = () => match.handler(ctx);
    const result: Result = WRITES.has(method) ? state.db.transaction(run)() : run();
    if (fault?.commitThenDrop) {
      finish(result.status);
      req.socket.destroy();
      return;
    }
    return reply(result.status, result.body);
  } catch (e) {
    if (e instanceof ApiError) return reply(e.status, e.body());
    console.error("smartenroll server: internal error:", e instanceof Error ? e.stack : e);
    if (!res.headersSent) return reply(500, errorBody(500, "InternalServerError", "Internal server error"));
    finish(500);
  }
}
