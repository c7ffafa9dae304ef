/** Starts the real server on a random port and speaks real HTTP to it (undici). */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Agent, request } from "undici";
import { signToken, startServer, type RunningServer, type ServerOptions } from "../../src/server";

export interface Res<T = any> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | undefined>;
}

export interface Harness {
  srv: RunningServer;
  secret: string;
  token: string;
  tokenFor(user: string, ttl?: string): Promise<string>;
  call<T = any>(method: string, p: string, body?: unknown, opts?: { token?: string | null; raw?: string }): Promise<Res<T>>;
  admin<T = any>(method: string, p: string, body?: unknown): Promise<Res<T>>;
  close(): Promise<void>;
}

/** A server with a fresh secret and a token for user `alice`. */
export async function harness(opts: Partial<ServerOptions> = {}): Promise<Harness> {
  const secret = randomBytes(16).toString("hex");
  const srv = await startServer({ port: 0, jwtSecret: secret, rateLimits: false, ...opts });
  const tokenFor = (user: string, ttl = "1h") => signToken({ secret, user, ttl });
  const token = await tokenFor("alice");
  const dispatcher = new Agent();
  const send = async (method: string, p: string, headers: Record<string, string>, payload?: string): Promise<Res> => {
    const r = await request(srv.url + p, { method: method as "GET", headers: { "content-type": "application/json", ...headers }, body: payload, dispatcher });
    const text = await r.body.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON */
    }
    return { status: r.statusCode, body, headers: r.headers };
  };
  return {
    srv,
    secret,
    token,
    tokenFor,
    call: (method, p, body, o = {}) => {
      const tok = o.token === undefined ? token : o.token;
      return send(method, p, tok === null ? {} : { authorization: `Bearer ${tok}` }, o.raw ?? (body === undefined ? undefined : JSON.stringify(body)));
    },
    admin: (method, p, body) => send(method, p, { "x-emulator-token": srv.adminToken }, body === undefined ? undefined : JSON.stringify(body)),
    close: async () => {
      await dispatcher.destroy();
      await srv.close();
    },
  };
}

/** A temporary directory removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), "smartenroll-server-"));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The docs' minimal create body (§6.1), with a chosen name. */
export function minimalProject(name = "My KYC Project"): Record<string, any> {
  return {
    name,
    allowedCountries: ["United States"],
    contactEmail: "admin@example.com",
    privacyUrl: "https://example.com/privacy",
    termsAndConditionsUrl: "https://example.com/terms",
    dataProtection: { name: "John Doe", email: "dpo@example.com", address: "123 Main St", city: "New York", country: "United States", postalCode: "10001" },
  };
}

/** A flow configuration that passes every rule and can be activated. */
export function readyFlow(): Record<string, any> {
  return {
    target: "personal",
    type: "onboarding",
    steps: { document: "mandatory", liveness: "mandatory" },
    documents: { attemptLimit: 3, verificationMethods: ["scan"], documentTypes: [{ country: "United States", configurations: [{ active: true, documentCategory: "passport" }] }] },
    integrations: { redirectUrl: "https://example.com/done" },
  };
}
