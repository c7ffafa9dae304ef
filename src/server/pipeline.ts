import type { IncomingMessage, ServerResponse } from "node:http";
import { errorBody, newCall, type Call } from "./call";
import type { Handler } from "./context";
import { handleEmulator } from "./emulator";
import { ApiError } from "./errors";
import { sendJson } from "./http-util";
import { parseTarget } from "./request-target";
import type { Router } from "./router";
import { applyRateLimit, authenticateCaller, injectFault, readJsonBody, route, runHandler, type Stage } from "./stages";
import type { ServerState } from "./state";

/**
 * Handles one HTTP request, malformed or not, and always answers (or, for an injected fault, drops) it: the
 * target is parsed and its path normalised once, then `/_emulator/*` goes to the control endpoints and every
 * other request through the stages in order — faults, routing, auth, rate limits, body, handler.
 */
export async function handleRequest(state: ServerState, routes: Router<Handler>, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const target = parseTarget(req.url);
  if (!target) {
    req.resume();
    return sendJson(res, 400, errorBody(400, "BadRequest", "Invalid request target"), { connection: "close" });
  }
  if (target.path === "/_emulator" || target.path.startsWith("/_emulator/")) return emulator(state, req, res, target.path);
  const call = newCall(state, req, res, target);
  const stages: Stage[] = [injectFault, route(routes), authenticateCaller, applyRateLimit, readJsonBody, runHandler];
  try {
    for (const stage of stages) if (await stage(call)) return;
  } catch (e) {
    answerError(call, e);
  }
}

function answerError(call: Call, e: unknown): void {
  if (e instanceof ApiError) return call.reply(e.status, e.body());
  if (call.req.destroyed && !call.req.complete) return call.drop(0);
  console.error("smartenroll server: internal error:", e instanceof Error ? e.stack : e);
  call.reply(500, errorBody(500, "InternalServerError", "Internal server error"));
}

async function emulator(state: ServerState, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  try {
    await handleEmulator(state, req, res, path);
  } catch (e) {
    console.error("smartenroll server: emulator endpoint error:", e instanceof Error ? e.stack : e);
    if (!res.headersSent) sendJson(res, 500, errorBody(500, "InternalServerError", "Internal server error"));
  }
}

