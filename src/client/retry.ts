import { RETRY_DEFAULTS } from "../model/contract";
import { ApiError, NetworkError, RateLimitedError, ServerError } from "./errors";

/** How failed calls are retried. */
export interface RetryPolicy {
  /** Retries after the first attempt (so at most `maxRetries + 1` attempts). */
  maxRetries: number;
  /** Backoff base: the n-th retry waits a random time in [0, min(maxDelayMs, baseDelayMs·2^(n-1))]. */
  baseDelayMs: number;
  /** Cap on a single backoff wait (a server's `Retry-After` is honoured as sent, within `maxTotalWaitMs`). */
  maxDelayMs: number;
  /** Cap on the sum of all waits of one call; a retry that would exceed it is not made. */
  maxTotalWaitMs: number;
}

/** Defaults: the model's contract ({@link RETRY_DEFAULTS}). */
export const defaultRetryPolicy: RetryPolicy = { ...RETRY_DEFAULTS };

/** What to do with a failed attempt. */
export type RetryDecision = "retry" | "ambiguous" | "fail";

/** Methods whose replay cannot create a second object (PUT here is a partial update with the same body). */
export function isIdempotent(method: string): boolean {
  return method !== "POST" && method !== "PATCH";
}

/**
 * Classifies a failure: 429 is always retried (the server did not process it); 5xx and connection errors
 * are retried for idempotent methods; for a POST they are `ambiguous` unless the request surely never left.
 */
export function classify(err: ApiError, method: string): RetryDecision {
  if (err instanceof RateLimitedError) return "retry";
  const transient = err instanceof NetworkError || (err instanceof ServerError && err.status >= 500 && err.status !== 501);
  if (!transient) return "fail";
  if (isIdempotent(method)) return "retry";
  if (err instanceof NetworkError && err.notSent) return "retry";
  return "ambiguous";
}

/** Exponential backoff with full jitter for retry number `retry` (1-based). */
export function backoffDelay(policy: RetryPolicy, retry: number, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}

type HeaderValue = string | string[] | undefined;

function first(v: HeaderValue): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/**
 * The server's requested wait in ms, from `Retry-After` (delta seconds or an HTTP date) or
 * `X-RateLimit-Reset-Ms` (a delay in ms, or an epoch time in ms); undefined when neither is usable.
 */
export function serverDelayMs(headers: Record<string, HeaderValue>, now: number = Date.now()): number | undefined {
  const resetMs = Number(first(headers["x-ratelimit-reset-ms"]));
  if (first(headers["x-ratelimit-reset-ms"]) !== undefined && Number.isFinite(resetMs)) {
    return Math.max(0, resetMs > 1e12 ? resetMs - now : resetMs);
  }
  const ra = first(headers["retry-after"])?.trim();
  if (!ra) return undefined;
  if (/^\d+(\.\d+)?$/.test(ra)) return Math.round(Number(ra) * 1000);
  const at = Date.parse(ra);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
