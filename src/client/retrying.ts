import { RETRY_LIMITS } from "../model/contract";
import { AbortedError, AmbiguousWriteError, ApiError, NetworkError, NotFoundError, RateLimitedError } from "./errors";
import { backoffDelay, classify, type RetryPolicy } from "./retry";
import { sleep } from "./sleep";

/** Limits no configuration can raise: attempts, a single wait, and the waits of one call together (the model's contract). */
export const RETRY_HARD_LIMITS = RETRY_LIMITS;

/** The policy with every value clamped to {@link RETRY_HARD_LIMITS} (and at least 0). */
export function cappedPolicy(p: RetryPolicy): RetryPolicy {
  const clamp = (v: number, max: number) => Math.max(0, Math.min(Number.isFinite(v) ? v : max, max));
  return {
    maxRetries: Math.floor(clamp(p.maxRetries, RETRY_HARD_LIMITS.maxRetries)),
    baseDelayMs: clamp(p.baseDelayMs, RETRY_HARD_LIMITS.maxDelayMs),
    maxDelayMs: clamp(p.maxDelayMs, RETRY_HARD_LIMITS.maxDelayMs),
    maxTotalWaitMs: clamp(p.maxTotalWaitMs, RETRY_HARD_LIMITS.maxTotalWaitMs),
  };
}

/** What {@link withRetry} needs to know about the call. */
export interface RetryCall {
  method: string;
  /** Path and query, for messages. */
  target: string;
  policy: RetryPolicy;
  signal?: AbortSignal;
  random?: () => number;
  log?: (msg: string) => void;
  /** Told the wait before a retry after a 429 (e.g. to hold back other requests of the category). */
  onRateLimited?: (delayMs: number) => void;
}

/**
 * Runs `attempt` until it yields a value, retrying per {@link classify}: 429 always, 5xx and connection errors when
 * replaying cannot duplicate anything. A server's `Retry-After` is honoured, otherwise exponential backoff with
 * jitter. Stops at the policy's attempts or total wait (both within {@link RETRY_HARD_LIMITS}); the error thrown
 * then carries `attempts` and `waitedMs`. A POST that may have been applied becomes an AmbiguousWriteError.
 */
export async function withRetry<T>(call: RetryCall, attempt: (n: number) => Promise<T | ApiError>): Promise<T> {
  const policy = cappedPolicy(call.policy);
  const { method, target, signal } = call;
  const aborted = () => new AbortedError(`${method} ${target}: cancelled`, { method, path: target });
  const fail = (err: ApiError, n: number, waited: number, why?: string): never => {
    if (why) call.log?.(`${method} ${target}: ${why}`);
    err.attempts = n;
    err.waitedMs = waited;
    throw err;
  };
  let waited = 0;
  let ambiguousBefore = false;
  for (let n = 1; ; n++) {
    if (signal?.aborted) throw aborted();
    let result: T | ApiError;
    try {
      result = await attempt(n);
    } catch (e) {
      if (signal?.aborted) throw aborted();
      throw e;
    }
    if (!(result instanceof ApiError)) return result;
    const err = result;
    if (err instanceof NotFoundError && ambiguousBefore) err.afterAmbiguousAttempt = true;
    const decision = classify(err, method);
    if (decision === "fail") fail(err, n, waited);
    if (decision === "ambiguous") {
      call.log?.(`${method} ${target}: not retried, the request may have been applied (${err.message})`);
      fail(new AmbiguousWriteError({ method, path: target, url: err.url, cause: err }), n, waited);
    }
    if (!(err instanceof RateLimitedError) && !(err instanceof NetworkError && err.notSent)) ambiguousBefore = true;
    if (n > policy.maxRetries) fail(err, n, waited, `giving up after ${n} attempts`);
    const fromServer = err instanceof RateLimitedError ? err.retryAfterMs : undefined;
    const delay = fromServer ?? backoffDelay(policy, n, call.random);
    if (waited + delay > policy.maxTotalWaitMs) fail(err, n, waited, `giving up, next wait ${delay} ms would exceed the ${policy.maxTotalWaitMs} ms budget`);
    if (err instanceof RateLimitedError) call.onRateLimited?.(delay);
    call.log?.(`${method} ${target}: retry ${n}/${policy.maxRetries} in ${delay} ms after ${err.status || err.code || err.message}`);
    waited += delay;
    try {
      await sleep(delay, signal);
    } catch {
      throw aborted();
    }
  }
}
