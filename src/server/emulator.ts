import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { parseJsonObject, readBody } from "./body";
import { handleEnrollment } from "./enrollments";
import { parseFault } from "./faults";
import { isLoopback, sendJson } from "./http-util";
import type { ServerState } from "./state";

const digest = (s: string) => createHash("sha256").update(s).digest();
/** Constant-time comparison of any two strings (digests have equal lengths even when the UTF-8 bytes do not). */
const same = (a: string, b: string) => timingSafeEqual(digest(a), digest(b));
const err = (res: ServerResponse, status: number, code: string, message: string) => sendJson(res, status, { message, code, status });

/** The test-control endpoints under `/_emulator/` (loopback only, `X-Emulator-Token` required). */
export async function handleEmulator(state: ServerState, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  if (!isLoopback(req.socket.remoteAddress)) return err(res, 403, "Forbidden", "The emulator endpoints are served on loopback only");
  const token = req.headers["x-emulator-token"];
  if (typeof token !== "string" || !same(token, state.adminToken)) return err(res, 401, "Forbidden", "X-Emulator-Token is missing or wrong");
  const read = async () => {
    const b = await readBody(req);
    return "text" in b ? parseJsonObject(b.text) : undefined;
  };
  const key = `${req.method} ${path.replace(/\/+$/, "")}`;
  switch (key) {
    case "POST /_emulator/reset":
      state.reset();
      return sendJson(res, 200, { data: { reset: true } });
    case "GET /_emulator/requests":
      return sendJson(res, 200, { data: state.log.entries() });
    case "DELETE /_emulator/requests":
      state.log.clear();
      return sendJson(res, 200, { data: { cleared: true } });
    case "GET /_emulator/faults":
      return sendJson(res, 200, { data: state.faults.all() });
    case "DELETE /_emulator/faults":
      state.faults.clear();
      return sendJson(res, 200, { data: { cleared: true } });
    case "POST /_emulator/faults": {
      const body = await read();
      const f = body ? parseFault(body) : "the body must be a JSON object";
      if (typeof f === "string") return err(res, 400, "BadRequest", f);
      state.faults.add(f);
      return sendJson(res, 200, { data: { id: f.id } });
    }
    case "POST /_emulator/enrollments":
      return handleEnrollment(state, await read(), res);
    case "GET /_emulator/settings":
      return sendJson(res, 200, { data: state.settings() });
    case "PUT /_emulator/settings": {
      const body = await read();
      const { rateLimits, rateWindowMs } = body ?? {};
      if (!body || (rateLimits !== undefined && typeof rateLimits !== "boolean") || (rateWindowMs !== undefined && !(typeof rateWindowMs === "number" && Number.isInteger(rateWindowMs) && rateWindowMs > 0)))
        return err(res, 400, "BadRequest", "settings: rateLimits must be a boolean and rateWindowMs a positive integer");
      if (typeof rateLimits === "boolean") state.rateLimits = rateLimits;
      if (typeof rateWindowMs === "number") state.limiter.windowMs = rateWindowMs;
      if (rateLimits !== undefined || rateWindowMs !== undefined) state.limiter.clear();
      return sendJson(res, 200, { data: state.settings() });
    }
    default:
      return err(res, 404, "NotFound", "Unknown emulator endpoint");
  }
}
