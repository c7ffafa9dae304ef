import { AsyncLocalStorage } from "node:async_hooks";

/** Time one operation spent waiting for the API's rate limits. */
export interface WaitStats {
  /** Requests delayed by the client's own pacer. */
  pacedRequests: number;
  /** Total pacing delay in ms. */
  pacedMs: number;
  /** Retries after a 429. */
  rateLimitedRetries: number;
  /** Total wait before those retries in ms. */
  rateLimitedMs: number;
}

const current = new AsyncLocalStorage<WaitStats>();

/** A zeroed {@link WaitStats}. */
export const noWaits = (): WaitStats => ({ pacedRequests: 0, pacedMs: 0, rateLimitedRetries: 0, rateLimitedMs: 0 });

/** Runs `fn`; every rate-limit wait of the client calls it makes is added to `stats`. */
export function countingWaits<T>(stats: WaitStats, fn: () => T): T {
  return current.run(stats, fn);
}

/** Adds a wait to the stats of the operation in progress, if one is counting. */
export function noteWait(kind: "paced" | "rate-limited", ms: number): void {
  const s = current.getStore();
  if (!s) return;
  if (kind === "paced") {
    s.pacedRequests++;
    s.pacedMs += ms;
  } else {
    s.rateLimitedRetries++;
    s.rateLimitedMs += ms;
  }
}
