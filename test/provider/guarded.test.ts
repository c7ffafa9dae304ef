import { countingWaits, noWaits, Pacer, type LogLevel } from "../../src/client";
import { Diagnostics, type ObjectValue } from "../../src/plugin";
import { readToken, tokenTimeProblem } from "../../src/provider/credentials";
import { guardedResource, PACING_WARNING_MS, reportWaits, type GuardableResource } from "../../src/provider/guarded";
import { ProviderData } from "../../src/provider/provider-data";
import { project, startFake } from "../client/fake-server";

describe("pacing is visible", () => {
  test("no warning for short waits", () => {
    const d = new Diagnostics();
    reportWaits({ pacedRequests: 3, pacedMs: PACING_WARNING_MS - 1, rateLimitedRetries: 0, rateLimitedMs: 0 }, d);
    expect(d.length).toBe(0);
  });

  test("a warning with requests paced and time waited once waits pass a few seconds", () => {
    const d = new Diagnostics();
    reportWaits({ pacedRequests: 12, pacedMs: 4200, rateLimitedRetries: 2, rateLimitedMs: 3000 }, d);
    expect(d.warnings()).toEqual([
      {
        severity: "warning",
        summary: "Requests Paced For The API's Rate Limit",
        detail:
          "This operation waited 7.2 s for the SmartEnroll API's rate limits: 12 request(s) held back by the provider's pacing (4.2 s) and 2 retried after 429 Too Many Requests (3.0 s). " +
          "The API allows 100 project and 50 flow requests per minute per account, so large applies take longer; nothing is wrong. TF_LOG=debug shows each wait.",
      },
    ]);
  });

  test("each pacing wait is logged at debug level and counted for the operation", async () => {
    const fake = await startFake(() => ({ status: 200, body: { data: project("a") } }));
    const logs: string[] = [];
    const client = fake.client({ pacing: true, pacer: new Pacer({ limits: { projects: 1 }, windowMs: 150 }), logger: (l: LogLevel, m: string) => void (l === "debug" && logs.push(m)) });
    const stats = noWaits();
    const signal = countingWaits(stats);
    try {
      for (let i = 0; i < 3; i++) await client.projects.get("a", { signal });
      await client.projects.get("a");
    } finally {
      await fake.close();
    }
    // the last call is no part of the operation: it waits too, but counts for none
    expect(stats.pacedRequests).toBe(2);
    expect(stats.pacedMs).toBeGreaterThanOrEqual(200);
    expect(logs.filter((l) => l.startsWith("pacing: GET /v3/projects/a waited "))).toHaveLength(3);
    expect(logs.find((l) => l.startsWith("pacing:"))).toMatch(/^pacing: GET \/v3\/projects\/a waited \d+ ms for the API's rate limit \(projects: 1 requests per 150 ms\)$/);
  });
});

describe("the token is checked without a request", () => {
  const jwt = (claims: Record<string, unknown>) => `e30.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.c2ln`;
  const src = { attribute: "token", envVar: "SMARTENROLL_TOKEN", fromEnv: false };

  test("claims are read without a secret", () => {
    expect(readToken(jwt({ sub: "acct-1", exp: 2_000_000_000 }))).toEqual({ info: { account: "acct-1", expiresAt: new Date(2_000_000_000_000), notBefore: undefined, issuedAt: undefined } });
  });

  test("a token that is not a JWT is refused with what to check", () => {
    expect(readToken("not-a-jwt").problem).toMatch(/^it is not a JWT \(.+\); SmartEnroll API tokens are JWTs of three dot-separated parts, so check that the whole token was copied$/);
  });

  test("expiry names the setting and the time", () => {
    const now = Date.UTC(2026, 0, 10);
    const info = readToken(jwt({ sub: "a", exp: now / 1000 - 7200 })).info!;
    expect(tokenTimeProblem(info, src, now)?.detail).toBe(
      "The API token in the provider's `token` expired at 2026-01-09T22:00:00.000Z (2 hours ago), so the API would refuse every request. Nothing was read or changed. " +
        "Get a new token (SmartEnroll tokens are valid for 30 days; a still-valid one can be renewed) and set it in the provider's `token`.",
    );
    expect(tokenTimeProblem(info, src, now - 7200_000 - 1)).toBeUndefined();
  });
});

describe("endpoint binding", () => {
  const recorded = "http://127.0.0.1:1111";
  const data = (url: string) => new ProviderData({ token: "t", environment: "production", endpoint: { url, setBy: "SMARTENROLL_BASE_URL" } });
  /** A flow resource that keeps the provider data its `configure` gets, as every SmartEnroll resource does. */
  const inner = (found: boolean): GuardableResource => {
    const r: GuardableResource & { providerData?: ProviderData } = {
      providerData: undefined,
      describe: (s) => `project flow ${String(s.id)} of project ${String(s.project_id)}`,
      configure: (req) => void (r.providerData = req.providerData as ProviderData),
      metadata: () => ({ typeName: "smartenroll_project_flow" }),
      schema: () => ({ attributes: { id: { kind: "string", computed: true }, project_id: { kind: "string", required: true } } }),
      create: () => undefined,
      update: () => undefined,
      delete: () => undefined,
      read: (_req, resp) => void (found || resp.removeResource()),
    };
    return r;
  };
  async function read(found: boolean, url: string, state: ObjectValue) {
    const r = guardedResource(inner(found));
    await r.configure!({ providerData: data(url) } as never, { diagnostics: new Diagnostics() } as never);
    const resp = { state: { ...state } as ObjectValue | null, diagnostics: new Diagnostics(), removeResource: () => void (resp.state = null) };
    await r.read({ state: { ...state }, signal: new AbortController().signal }, resp);
    return { state: resp.state, errors: resp.diagnostics.errors().map((d) => d.summary) };
  }
  const prior = { id: "f1", project_id: "p1", account_id: null, endpoint: recorded };

  test("the schema has a computed endpoint", () => {
    expect(guardedResource(inner(true)).schema().attributes.endpoint).toMatchObject({ kind: "string", computed: true });
  });

  test("gone at another endpoint: error, prior state kept", async () => {
    expect(await read(false, "http://127.0.0.1:2222", prior)).toEqual({ state: prior, errors: ["Object Not Found At Another Endpoint"] });
  });

  test("gone at the recorded endpoint, or with no endpoint recorded: removed as a proven deletion", async () => {
    expect(await read(false, recorded, prior)).toEqual({ state: null, errors: [] });
    expect(await read(false, "http://127.0.0.1:2222", { ...prior, endpoint: null })).toEqual({ state: null, errors: [] });
  });

  test("fails to delete an object recorded at another endpoint, without sending the delete", async () => {
    async function del(url: string, state: ObjectValue) {
      let sent = 0;
      const flow = inner(true);
      const r = guardedResource(Object.assign(flow, { delete: () => void sent++ }));
      await r.configure!({ providerData: data(url) } as never, { diagnostics: new Diagnostics() } as never);
      const resp = { diagnostics: new Diagnostics() };
      await r.delete({ state: { ...state }, signal: new AbortController().signal } as never, resp as never);
      return { sent, errors: resp.diagnostics.errors().map((d) => d.summary) };
    }
    expect(await del("http://127.0.0.1:2222", prior)).toEqual({ sent: 0, errors: ["Object Recorded At Another Endpoint"] });
    expect(await del(recorded, prior)).toEqual({ sent: 1, errors: [] });
    expect(await del("http://127.0.0.1:2222", { ...prior, endpoint: null })).toEqual({ sent: 1, errors: [] });
  });

  test("found at a new endpoint: the recorded endpoint follows; an older state gets one", async () => {
    expect(await read(true, "http://localhost:1111", prior)).toEqual({ state: { ...prior, endpoint: "http://localhost:1111" }, errors: [] });
    expect(await read(true, recorded, { ...prior, endpoint: null })).toEqual({ state: prior, errors: [] });
  });
});
