import type { IncomingMessage, ServerResponse } from "node:http";
import { performance } from "node:perf_hooks";
import type { Handler } from "./context";
import type { Fault } from "./faults";
import { sendJson } from "./http-util";
import { loggedPath, queryObject, type LoggedRequest } from "./request-log";
import type { Target } from "./request-target";
import type { ServerState } from "./state";

/** One API request on its way through the pipeline: what the stages learned so far, and how to answer it. */
export interface Call {
  readonly state: ServerState;
  readonly req: IncomingMessage;
  readonly method: string;
  /** The normalised path every stage uses (faults, routing, limiting, the log). */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly entry: LoggedRequest;
  /** Response headers added by stages (rate-limit counters). */
  readonly headers: Record<string, string>;
  fault?: Fault;
  route?: { handler: Handler; params: Record<string, string> };
  user?: string;
  body?: unknown;
  /** Sends a JSON answer and logs the request. */
  reply(status: number, body: unknown, extra?: Record<string, string>): void;
  /** Closes the connection without an answer (an injected fault) and logs `status`. */
  drop(status: number): void;
}

/** The API's full error envelope. */
export const errorBody = (status: number, code: string, message: string) => ({ message, code, status, timestamp: new Date().toISOString() });

/** A new call for a parsed target; the log entry is written when the call is answered or dropped. */
export function newCall(state: ServerState, req: IncomingMessage, res: ServerResponse, target: Target): Call {
  const started = performance.now();
  const method = (req.method ?? "GET").toUpperCase();
  const entry: LoggedRequest = {
    method, path: loggedPath(target.path), query: queryObject(target.query), status: 0, user: null, time: new Date().toISOString(), durationMs: 0,
  };
  let logged = false;
  const finish = (status: number) => {
    if (logged) return;
    logged = true;
    entry.status = status;
    entry.durationMs = Math.round((performance.now() - started) * 100) / 100;
    state.log.push(entry);
  };
  const headers: Record<string, string> = {};
  return {
    state, req, method, path: target.path, query: target.query, entry, headers,
    reply(status, body, extra = {}) {
      if (!res.headersSent && !res.destroyed) sendJson(res, status, body, { ...headers, ...extra });
      finish(status);
    },
    drop(status) {
      finish(status);
      req.socket.destroy();
    },
  };
}
