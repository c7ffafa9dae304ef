import { countingWaits, noWaits, AbortedError, AmbiguousWriteError, NetworkError, NotFoundError, RateLimitedError, ServerError, type LogLevel } from "../../src/client";
import { project, startFake, type Reply, newProject } from "./fake-server";

const fast = { baseDelayMs: 5, maxDelayMs: 50 };

describe("retry policy in the transport", () => {
  let fake: Awaited<ReturnType<typeof startFake>>;
  afterEach(() => fake?.close());

  test("retries 5xx on a GET, then succeeds", async () => {
    fake = await startFake((_r, n) => (n < 3 ? { status: 503, body: { message: "down" } } : { status: 200, body: { data: project("a") } }));
    await expect(fake.client({ retry: fast }).projects.get("a")).resolves.toMatchObject({ _id: "a" });
    expect(fake.seen).toHaveLength(3);
  });

  test("retries a 429 after Retry-After seconds", async () => {
    fake = await startFake((_r, n) => (n === 1 ? { status: 429, body: {}, headers: { "retry-after": "1" } } : { status: 200, body: { data: project("a") } }));
    const t0 = Date.now();
    await fake.client({ retry: fast }).projects.get("a");
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
    expect(fake.seen).toHaveLength(2);
  });

  test("honours Retry-After as an HTTP date and X-RateLimit-Reset-Ms", async () => {
    const date = new Date(Date.now() + 1500).toUTCString();
    fake = await startFake((_r, n): Reply =>
      n === 1
        ? { status: 429, body: {}, headers: { "retry-after": date } }
        : n === 2
          ? { status: 429, body: {}, headers: { "x-ratelimit-reset-ms": "300" } }
          : { status: 200, body: { data: project("a") } },
    );
    const t0 = Date.now();
    await fake.client({ retry: { ...fast, maxDelayMs: 5000 } }).projects.get("a");
    expect(Date.now() - t0).toBeGreaterThanOrEqual(500 + 300);
    expect(fake.seen).toHaveLength(3);
  });

  test("429 waits are counted for the operation whose signal the call carries", async () => {
    fake = await startFake((_r, n) => (n <= 2 ? { status: 429, body: {}, headers: { "retry-after": "0" } } : { status: 200, body: { data: project("a") } }));
    const stats = noWaits();
    await fake.client({ retry: fast }).projects.get("a", { signal: countingWaits(stats) });
    expect(stats).toEqual({ pacedRequests: 0, pacedMs: 0, rateLimitedRetries: 2, rateLimitedMs: 0 });
  });

  test("a 429 on a POST is retried (the server did not process it)", async () => {
    fake = await startFake((_r, n) => (n === 1 ? { status: 429, body: {}, headers: { "retry-after": "0" } } : { status: 201, body: { data: project("a") } }));
    await expect(fake.client({ retry: fast }).projects.create(newProject("x"))).resolves.toMatchObject({ _id: "a" });
    expect(fake.seen).toHaveLength(2);
  });

  test("retries a reset connection on a PUT", async () => {
    fake = await startFake((_r, n) => (n === 1 ? "drop" : { status: 200, body: { data: project("a") } }));
    await expect(fake.client({ retry: fast }).projects.update("a", { name: "y" })).resolves.toMatchObject({ _id: "a" });
    expect(fake.seen).toHaveLength(2);
  });

  test("stops after maxRetries and throws the last error", async () => {
    fake = await startFake(() => ({ status: 500, body: { message: "boom", code: "Internal" } }));
    const err = await fake.client({ retry: fast, maxRetries: 2 }).projects.get("a").catch((e) => e);
    expect(err).toBeInstanceOf(ServerError);
    expect(fake.seen).toHaveLength(3);
  });

  test("stops when the next wait would exceed the total wait budget", async () => {
    fake = await startFake(() => ({ status: 429, body: {}, headers: { "retry-after": "1" } }));
    const err = await fake.client({ retry: { ...fast, maxDelayMs: 5000, maxTotalWaitMs: 1500 } }).projects.get("a").catch((e) => e);
    expect(err).toBeInstanceOf(RateLimitedError);
    expect(fake.seen).toHaveLength(2);
  });

  test("a dropped POST is not retried: it surfaces as AmbiguousWriteError", async () => {
    fake = await startFake(() => "drop");
    const err = await fake.client({ retry: fast }).flows.create({ project: "p", type: "onboarding", name: "Onboarding" }).catch((e) => e);
    expect(err).toBeInstanceOf(AmbiguousWriteError);
    expect(err.cause).toBeInstanceOf(NetworkError);
    expect(fake.seen).toHaveLength(1);
  });

  test("a 503 after a POST is ambiguous too", async () => {
    fake = await startFake(() => ({ status: 503, body: { message: "unavailable" } }));
    const err = await fake.client({ retry: fast }).flows.create({ project: "p", type: "onboarding", name: "Onboarding" }).catch((e) => e);
    expect(err).toBeInstanceOf(AmbiguousWriteError);
    expect(err.status).toBe(503);
    expect(fake.seen).toHaveLength(1);
  });

  test("a DELETE whose first answer was lost and then 404s counts as deleted", async () => {
    fake = await startFake((_r, n) => (n === 1 ? "drop" : { status: 404, body: { message: "Project not found", code: "NotFound" } }));
    await expect(fake.client({ retry: fast }).projects.delete("a")).resolves.toMatchObject({ _id: "a", status: "deleted" });
  });

  test("a plain 404 on DELETE is a NotFoundError", async () => {
    fake = await startFake(() => ({ status: 404, body: { message: "Project not found", code: "NotFound" } }));
    await expect(fake.client({ retry: fast }).projects.delete("a")).rejects.toBeInstanceOf(NotFoundError);
  });

  test("request timeout is a NetworkError, retried for a GET", async () => {
    fake = await startFake(async (_r, n) => {
      if (n <= 2) await new Promise((r) => setTimeout(r, 400));
      return { status: 200, body: { data: project("a") } };
    });
    const err = await fake.client({ retry: fast, requestTimeoutMs: 150, maxRetries: 0 }).projects.get("a").catch((e) => e);
    expect(err).toBeInstanceOf(NetworkError);
    expect(err.message).toMatch(/timed out after 150 ms/);
    await expect(fake.client({ retry: fast, requestTimeoutMs: 150 }).projects.get("a")).resolves.toMatchObject({ _id: "a" });
    expect(fake.seen).toHaveLength(3);
  });

  test("aborting stops a retry wait at once", async () => {
    fake = await startFake(() => ({ status: 429, body: {}, headers: { "retry-after": "30" } }));
    const ac = new AbortController();
    const t0 = Date.now();
    setTimeout(() => ac.abort(), 100);
    const err = await fake.client({ retry: { ...fast, maxDelayMs: 60_000 } }).projects.get("a", { signal: ac.signal }).catch((e) => e);
    expect(err).toBeInstanceOf(AbortedError);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(fake.seen).toHaveLength(1);
  });

  test("the client-wide signal cancels an in-flight request", async () => {
    fake = await startFake(async () => {
      await new Promise((r) => setTimeout(r, 3000));
      return { status: 200, body: { data: project("a") } };
    });
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 100);
    const t0 = Date.now();
    await expect(fake.client({ signal: ac.signal }).projects.get("a")).rejects.toBeInstanceOf(AbortedError);
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});

describe("logging", () => {
  let fake: Awaited<ReturnType<typeof startFake>>;
  afterEach(() => fake?.close());

  test("debug logs one line per request with method, path, status, duration and attempt; never the token", async () => {
    fake = await startFake((_r, n) => (n === 1 ? { status: 503, body: {} } : { status: 200, body: { data: [], total: 0, limit: 100, page: 1, pages: 0 } }));
    const lines: [LogLevel, string][] = [];
    const token = "eyJhbGciOiJIUzI1NiJ9.secret-payload.sig";
    await fake.client({ token, retry: fast, logger: (l, m) => lines.push([l, m]) }).projects.list({ like_name: "kyc", limit: 100 });
    const debug = lines.filter(([l]) => l === "debug").map(([, m]) => m);
    expect(debug).toHaveLength(2);
    expect(debug[0]).toMatch(/^GET \/v3\/projects\?like_name=kyc&limit=100 503 \d+ms attempt=1$/);
    expect(debug[1]).toMatch(/^GET \/v3\/projects\?like_name=kyc&limit=100 200 \d+ms attempt=2$/);
    expect(lines.some(([l, m]) => l === "trace" && /retry 1\/5 in \d+ ms after 503/.test(m))).toBe(true);
    const all = lines.map(([, m]) => m).join("\n");
    expect(all).not.toContain(token);
    expect(all.toLowerCase()).not.toContain("authorization");
    expect(all.toLowerCase()).not.toContain("bearer");
  });
});
