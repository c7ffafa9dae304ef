/**
 * A local SmartEnroll API server for one test file: fresh JWT secret and token, the request log, fault injection,
 * reset, settings, and direct API calls (undici) for seeding data and editing it out of band.
 */
import { randomBytes } from "node:crypto";
import { request } from "undici";
import { signToken, startServer, type LoggedRequest } from "../../src/server/index";
import { startRecorder, type Recorder } from "./recorder";

/** One entry of `GET /_emulator/requests`. */
export type { LoggedRequest };

/** A fault for `POST /_emulator/faults`: match by method and path (`*` = one segment), for `times` requests. */
export type FaultSpec = { method: string; path: string; times?: number } & (
  | { status: number }
  | { delayMs: number }
  | { drop: true }
  | { commitThenDrop: true }
);

/** An API answer: HTTP status and parsed JSON body. */
export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | undefined>;
}

/** Options of {@link startTestServer}. */
export interface TestServerOptions {
  rateLimits?: boolean;
  rateWindowMs?: number;
  /** Put a recording proxy in front (see recorder.ts); `url` then points at the proxy. */
  record?: boolean;
  /** The user id the default token is signed for. */
  user?: string;
  /** Sign tokens with this secret instead of a fresh one (a second server that accepts the first one's tokens). */
  jwtSecret?: string;
}

/** A running server with a signed token for one user and control helpers. */
export interface TestServer {
  /** The URL terraform should use (the recording proxy when `record` is on). */
  url: string;
  /** The server's own URL (no proxy). */
  serverUrl: string;
  user: string;
  token: string;
  /** The secret its tokens are signed with (to start a second server that accepts them). */
  jwtSecret: string;
  adminToken: string;
  /** The recording proxy, when `record` is on. */
  recorder?: Recorder;
  /** Signs a token for another user (per-user isolation: each user sees only their projects). */
  tokenFor(user: string, ttl?: string): Promise<string>;
  /** The request log (optionally only one user's requests). */
  requests(user?: string): Promise<LoggedRequest[]>;
  clearRequests(): Promise<void>;
  fault(f: FaultSpec): Promise<void>;
  clearFaults(): Promise<void>;
  reset(): Promise<void>;
  settings(s: { rateLimits?: boolean; rateWindowMs?: number }): Promise<void>;
  /** A direct API call as the default user (or `opts.token`); JSON in, JSON out. */
  api<T = any>(method: string, path: string, body?: unknown, opts?: { token?: string }): Promise<ApiResponse<T>>;
  /** Every project of the user, all pages, with flows populated (`GET /v3/projects?limit=100`). */
  listProjects(token?: string): Promise<any[]>;
  close(): Promise<void>;
}

/** Starts the server on 127.0.0.1 (random port) with a fresh secret, and signs a token for a fresh user. */
export async function startTestServer(opts: TestServerOptions = {}): Promise<TestServer> {
  const jwtSecret = opts.jwtSecret ?? randomBytes(32).toString("hex");
  const srv = await startServer({ port: 0, jwtSecret, rateLimits: opts.rateLimits ?? false, rateWindowMs: opts.rateWindowMs });
  const serverUrl = srv.url.replace(/\/$/, "");
  const user = opts.user ?? `user-${randomBytes(4).toString("hex")}`;
  const tokenFor = async (u: string, ttl = "1h") => await signToken({ secret: jwtSecret, user: u, ttl });
  const token = await tokenFor(user);
  const recorder = opts.record ? await startRecorder(serverUrl) : undefined;

  const call = async <T>(method: string, path: string, body: unknown, headers: Record<string, string>): Promise<ApiResponse<T>> => {
    const r = await request(serverUrl + path, {
      method: method as "GET",
      headers: { "content-type": "application/json", ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await r.body.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* keep text */
    }
    return { status: r.statusCode, body: parsed as T, headers: r.headers };
  };
  const control = async (method: string, path: string, body?: unknown) => {
    const r = await call<any>(method, `/_emulator/${path}`, body, { "x-emulator-token": srv.adminToken });
    if (r.status >= 300) throw new Error(`${method} /_emulator/${path} → ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  };

  const ts: TestServer = {
    url: recorder?.url ?? serverUrl,
    serverUrl,
    user,
    token,
    jwtSecret,
    adminToken: srv.adminToken,
    recorder,
    tokenFor,
    async requests(u?: string) {
      const body = await control("GET", "requests");
      const all = (body?.data ?? body) as LoggedRequest[];
      return u === undefined ? all : all.filter((r) => r.user === u);
    },
    async clearRequests() {
      await control("DELETE", "requests");
      recorder?.clear();
    },
    async fault(f) {
      await control("POST", "faults", f);
    },
    async clearFaults() {
      await control("DELETE", "faults");
    },
    async reset() {
      await control("POST", "reset");
      recorder?.clear();
    },
    async settings(s) {
      await control("PUT", "settings", s);
    },
    api: (method, path, body, o) => call(method, path, body, { authorization: `Bearer ${o?.token ?? token}` }),
    async listProjects(tok?: string) {
      const out: any[] = [];
      for (let page = 1; ; page++) {
        const r = await call<any>("GET", `/v3/projects?limit=100&page=${page}`, undefined, { authorization: `Bearer ${tok ?? token}` });
        if (r.status !== 200) throw new Error(`list projects → ${r.status} ${JSON.stringify(r.body)}`);
        out.push(...r.body.data);
        if (page >= (r.body.pages ?? 1) || r.body.data.length === 0) break;
      }
      return out;
    },
    async close() {
      await recorder?.close();
      await srv.close();
    },
  };
  return ts;
}

/** The write requests (anything but GET/HEAD) of a log, as `METHOD /path` strings. */
export function writes(log: LoggedRequest[]): LoggedRequest[] {
  return log.filter((r) => r.method !== "GET" && r.method !== "HEAD");
}

/** `METHOD /path` for compact assertions. */
export const line = (r: { method: string; path: string }) => `${r.method} ${r.path}`;
