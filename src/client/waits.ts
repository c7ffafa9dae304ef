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

/** The operations' own controllers under each parent signal; one listener per parent aborts them all. */
const children = new WeakMap<AbortSignal, Map<AbortSignal, AbortController>>();
const parentOf = new WeakMap<AbortSignal, AbortSignal>();

/**
 * A signal for one operation's client calls, aborted when `signal` is: every rate-limit wait of a call made with it
 * (`{ signal }` in the call's options) is added to `stats`. Hand it to {@link releaseWaits} when the operation ends.
 */
export function countingWaits(stats: WaitStats, signal?: AbortSignal): AbortSignal {
  const own = new AbortController();
  bySignal.set(own.signal, stats);
  if (!signal) return own.signal;
  if (signal.aborted) {
    own.abort(signal.reason);
    return own.signal;
  }
  let live = children.get(signal);
  if (!live) {
    const all = (live = new Map());
    children.set(signal, all);
    signal.addEventListener("abort", () => all.forEach((c) => c.abort(signal.reason)), { once: true });
  }
  live.set(own.signal, own);
  parentOf.set(own.signal, signal);
  return own.signal;
}

/** Unlinks an operation's signal from its parent once the operation is over (cheaper than `AbortSignal.any`). */
export function releaseWaits(own: AbortSignal): void {
  const parent = parentOf.get(own);
  if (parent) children.get(parent)?.delete(own);
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
