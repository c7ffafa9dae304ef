import { AbortedError, AmbiguousWriteError, cappedPolicy, NetworkError, RateLimitedError, RETRY_HARD_LIMITS, ServerError, withRetry, type ApiError } from "../../src/client";

const req = { method: "GET", path: "/v3/projects/a" };
const policy = { maxRetries: 3, baseDelayMs: 1, maxDelayMs: 5, maxTotalWaitMs: 1000 };
const call = (over: Partial<Parameters<typeof withRetry>[0]> = {}) => ({ method: "GET", target: "/v3/projects/a", policy, ...over });
const server = () => new ServerError("boom", { ...req, status: 503 });
const limited = (ms?: number) => new RateLimitedError("slow down", { ...req, status: 429, retryAfterMs: ms });

/** An attempt function answering from a script, counting its calls. */
function script(...answers: (string | ApiError)[]) {
  const f = jest.fn(async (n: number) => answers[Math.min(n, answers.length) - 1]);
  return f;
}

describe("withRetry", () => {
  test("returns the first success and makes no further attempt", async () => {
    const attempt = script(server(), server(), "ok");
    await expect(withRetry(call(), attempt)).resolves.toBe("ok");
    expect(attempt).toHaveBeenCalledTimes(3);
  });

  test("gives up after maxRetries, with attempts and time waited on the error", async () => {
    const attempt = script(limited(20));
    const err = await withRetry(call(), attempt).catch((e) => e);
    expect(err).toBeInstanceOf(RateLimitedError);
    expect({ attempts: err.attempts, waitedMs: err.waitedMs }).toEqual({ attempts: 4, waitedMs: 60 });
    expect(attempt).toHaveBeenCalledTimes(4);
  });

  test("stops before a wait that would exceed the total wait budget", async () => {
    const attempt = script(limited(400));
    const err = await withRetry(call({ policy: { ...policy, maxRetries: 10, maxTotalWaitMs: 1000 } }), attempt).catch((e) => e);
    expect({ attempts: err.attempts, waitedMs: err.waitedMs }).toEqual({ attempts: 3, waitedMs: 800 });
  });

  test("a 4xx other than 429 is not retried", async () => {
    const attempt = script(new ServerError("teapot", { ...req, status: 418 }), "ok");
    await expect(withRetry(call(), attempt)).rejects.toMatchObject({ status: 418, attempts: 1 });
  });

  test("a POST that may have been applied is never replayed", async () => {
    const attempt = script(server(), "ok");
    await expect(withRetry(call({ method: "POST" }), attempt)).rejects.toBeInstanceOf(AmbiguousWriteError);
    expect(attempt).toHaveBeenCalledTimes(1);
  });

  test("a POST refused before it was sent is retried", async () => {
    const attempt = script(new NetworkError("refused", { ...req, code: "ECONNREFUSED", notSent: true }), "ok");
    await expect(withRetry(call({ method: "POST" }), attempt)).resolves.toBe("ok");
  });

  test("an abort during a wait ends the call at once", async () => {
    const ac = new AbortController();
    const attempt = script(limited(60_000));
    const t0 = Date.now();
    setTimeout(() => ac.abort(), 30);
    await expect(withRetry(call({ signal: ac.signal, policy: { ...policy, maxTotalWaitMs: 120_000 } }), attempt)).rejects.toBeInstanceOf(AbortedError);
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  test("429 waits are reported to the caller", async () => {
    const seen: number[] = [];
    await withRetry(call({ onRateLimited: (ms) => seen.push(ms) }), script(limited(10), limited(15), "ok"));
    expect(seen).toEqual([10, 15]);
  });

  test("no configuration exceeds the hard limits", () => {
    expect(cappedPolicy({ maxRetries: 1000, baseDelayMs: 1e9, maxDelayMs: 1e9, maxTotalWaitMs: Infinity })).toEqual({
      maxRetries: RETRY_HARD_LIMITS.maxRetries,
      baseDelayMs: RETRY_HARD_LIMITS.maxDelayMs,
      maxDelayMs: RETRY_HARD_LIMITS.maxDelayMs,
      maxTotalWaitMs: RETRY_HARD_LIMITS.maxTotalWaitMs,
    });
    expect(cappedPolicy({ maxRetries: -3, baseDelayMs: -1, maxDelayMs: 10, maxTotalWaitMs: 10 })).toMatchObject({ maxRetries: 0, baseDelayMs: 0 });
  });

  test("a server asking for a wait beyond the hard total is not waited for", async () => {
    const attempt = script(limited(RETRY_HARD_LIMITS.maxTotalWaitMs + 1));
    const t0 = Date.now();
    const err = await withRetry(call({ policy: { ...policy, maxTotalWaitMs: 1e12 } }), attempt).catch((e) => e);
    expect({ attempts: err.attempts, waitedMs: err.waitedMs }).toEqual({ attempts: 1, waitedMs: 0 });
    expect(Date.now() - t0).toBeLessThan(1000);
  });
});
