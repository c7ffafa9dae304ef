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

/** The stats each counting signal adds to (the signal travels with every call; no per-promise context tracking). */
const bySignal = new WeakMap<AbortSignal, WaitStats>();

/** A zeroed {@link WaitStats}. */
export const noWaits = (): WaitStats => ({ pacedRequests: 0, pacedMs: 0, rateLimitedRetries: 0, rateLimitedMs: 0 });

/**
 * A signal for one operation's client calls, aborted when `signal` is: every rate-limit wait of a call made with it
 * (`{ signal }` in the call's options) is added to `stats`.
 */
export function countingWaits(stats: WaitStats, signal?: AbortSignal): AbortSignal {
  const own = signal ? AbortSignal.any([signal]) : new AbortController().signal;
  bySignal.set(own, stats);
  return own;
}

/** Adds a wait to the stats of the operation whose call carries `signal`, if it counts. */
export function noteWait(signal: AbortSignal | undefined, kind: "paced" | "rate-limited", ms: number): void {
  const s = signal && bySignal.get(signal);
  if (!s) return;
  if (kind === "paced") {
    s.pacedRequests++;
    s.pacedMs += ms;
  } else {
    s.rateLimitedRetries++;
    s.rateLimitedMs += ms;
  }
}
