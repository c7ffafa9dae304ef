import { Pacer } from "../../src/client";
import { project, startFake, type Seen } from "./fake-server";

/**
 * A fake that enforces `limit` per sliding `windowMs` on /v3/projects and reports it in headers; accepted requests are
 * answered after `answerDelayMs`.
 */
async function limitedServer(limit: number, windowMs: number, external: { used: number } = { used: 0 }, answerDelayMs = 0) {
  const arrivals: number[] = [];
  const accepted: number[] = [];
  const answered: number[] = [];
  let rejected = 0;
  const fake = await startFake(async (_req: Seen) => {
    const now = Date.now();
    while (arrivals.length && arrivals[0] <= now - windowMs) arrivals.shift();
    while (external.used > 0) {
      arrivals.push(now);
      external.used--;
    }
    const headers = { "x-ratelimit-limit": String(limit), "x-ratelimit-window-ms": String(windowMs) };
    if (arrivals.length >= limit) {
      rejected++;
      return { status: 429, body: { code: "TooManyRequests" }, headers: { ...headers, "x-ratelimit-remaining": "0", "retry-after": "1" } };
    }
    arrivals.push(now);
    const i = accepted.push(now) - 1;
    if (answerDelayMs) await new Promise((r) => setTimeout(r, answerDelayMs));
    answered[i] = Date.now();
    return { status: 200, body: { data: project("a") }, headers: { ...headers, "x-ratelimit-remaining": String(limit - arrivals.length) } };
  });
  return { fake, rejected: () => rejected, accepted, answered };
}

describe("pacer", () => {
  let server: Awaited<ReturnType<typeof limitedServer>>;
  afterEach(() => server?.fake.close());

  test("limit 5 per window: no window exceeds it, zero 429s", async () => {
    const windowMs = 2000;
    server = await limitedServer(5, windowMs);
    const client = server.fake.client({ pacing: true, pacer: new Pacer({ limits: { projects: 5 }, windowMs }) });
    const t0 = Date.now();
    await Promise.all(Array.from({ length: 15 }, () => client.projects.get("a")));
    expect(server.rejected()).toBe(0);
    expect(server.fake.seen).toHaveLength(15);
    expect(Date.now() - t0).toBeGreaterThanOrEqual((15 / 5 - 1) * windowMs);
  });

  test("each window's allowance goes out together once the sliding window frees it, not one request per answer", async () => {
    const windowMs = 2000;
    const answerDelayMs = 400;
    server = await limitedServer(10, windowMs, { used: 0 }, answerDelayMs);
    const client = server.fake.client({ pacing: true, pacer: new Pacer({ limits: { projects: 10 }, windowMs }) });
    await Promise.all(Array.from({ length: 30 }, () => client.projects.get("a")));
    expect(server.rejected()).toBe(0);
    const a = server.accepted;
    expect(a).toHaveLength(30);
    for (const k of [1, 2]) expect(a[k * 10]).toBeGreaterThanOrEqual(a[(k - 1) * 10] + windowMs);
    // Paced by answers, every request would wait one answer (29 waits); in batches there are at most two per window
    // (the first request of the process goes alone, to learn the server's count).
    const waits = a.slice(1).filter((t, i) => t - a[i] >= answerDelayMs * 0.75).length;
    expect(waits).toBeLessThanOrEqual(6);
  });

  test("limit 5 per 300 ms under a burst of 30: zero 429s", async () => {
    server = await limitedServer(5, 300);
    const client = server.fake.client({ pacing: true, pacer: new Pacer({ limits: { projects: 5 }, windowMs: 300 }) });
    await Promise.all(Array.from({ length: 30 }, () => client.projects.get("a")));
    expect(server.rejected()).toBe(0);
  });

  test("adopts the server's limit and window from headers (starting from the documented 100/min)", async () => {
    server = await limitedServer(4, 300);
    const pacer = new Pacer();
    const client = server.fake.client({ pacing: true, pacer });
    await client.projects.get("a");
    expect(pacer.settings("projects")).toEqual({ limit: 4, windowMs: 300 });
    await Promise.all(Array.from({ length: 12 }, () => client.projects.get("a")));
    expect(server.rejected()).toBe(0);
  });

  test("resynchronises from X-RateLimit-Remaining when another process used part of the window", async () => {
    const external = { used: 0 };
    server = await limitedServer(5, 400, external);
    const client = server.fake.client({ pacing: true, pacer: new Pacer({ limits: { projects: 5 }, windowMs: 400 }) });
    external.used = 3;
    await client.projects.get("a");
    await Promise.all(Array.from({ length: 6 }, () => client.projects.get("a")));
    expect(server.rejected()).toBe(0);
  });

  test("the window is an option (default one minute); the environment plays no part", () => {
    expect(new Pacer({ windowMs: 1234 }).settings("flows")).toEqual({ limit: 50, windowMs: 1234 });
    process.env.SMARTENROLL_RATE_WINDOW_MS = "1234";
    try {
      expect(new Pacer().settings("projects")).toEqual({ limit: 100, windowMs: 60_000 });
    } finally {
      delete process.env.SMARTENROLL_RATE_WINDOW_MS;
    }
  });

  test("a request waiting for the first answer is released at once when aborted", async () => {
    const pacer = new Pacer();
    await pacer.acquire("projects");
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    await expect(pacer.acquire("projects", ac.signal)).rejects.toThrow();
  });

  test("a waiting request is released at once when aborted", async () => {
    const pacer = new Pacer({ limits: { flows: 1 }, windowMs: 60_000 });
    (await pacer.acquire("flows")).done();
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    const t0 = Date.now();
    await expect(pacer.acquire("flows", ac.signal)).rejects.toThrow();
    expect(Date.now() - t0).toBeLessThan(30_000);
  });
});

