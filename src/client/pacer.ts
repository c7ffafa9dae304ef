import { RATE_CATEGORIES, RATE_LIMITS, RATE_WINDOW_MS, rateCategory, type RateCategory } from "../model/contract";
import { sleepUnless } from "./sleep";

/** The category a request path counts against, or undefined for unlimited paths (the model's contract). */
export const categoryOf = rateCategory;

type HeaderValue = string | string[] | undefined;

function num(v: HeaderValue): number | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  if (s === undefined || s === "") return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

interface Entry {
  /** Send time while pending; completion time (an upper bound of when the server counted it) once done. */
  t: number;
  pending: boolean;
}

/** A granted request slot; call `done` when the answer (or failure) arrives. */
export interface Slot {
  done(headers?: Record<string, HeaderValue>): void;
}

class Bucket {
  entries: Entry[] = [];
  blockedUntil = 0;
  /** False until the first answer: until then one request at a time, to learn the server's count first. */
  synced = false;
  private queue: Promise<void> = Promise.resolve();
  private wake: (() => void) | undefined;

  constructor(
    public limit: number,
    public windowMs: number,
  ) {}

  /** Entries still holding a slot at `at`. */
  active(at: number): Entry[] {
    return this.entries.filter((e) => e.pending || e.t + this.windowMs > at);
  }

  /** Drops entries long expired (kept one extra window so answers can be compared with the past). */
  prune(now: number): void {
    this.entries = this.entries.filter((e) => e.pending || e.t + 2 * this.windowMs > now);
  }

  notify(): void {
    const w = this.wake;
    this.wake = undefined;
    w?.();
  }

  changed(): Promise<void> {
    return new Promise((resolve) => {
      const prev = this.wake;
      this.wake = () => {
        prev?.();
        resolve();
      };
    });
  }

  /** Serialises acquirers so that waiting requests are admitted in arrival order. */
  enqueue<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }
}

/** Options of a {@link Pacer}. */
export interface PacerOptions {
  /** Requests per window per category; defaults to the documented limits ({@link RATE_LIMITS}). */
  limits?: Partial<Record<RateCategory, number>>;
  /** Window length in ms, until a server's `X-RateLimit-Window-Ms` says otherwise. @default RATE_WINDOW_MS (the documented per-minute limits) */
  windowMs?: number;
  now?: () => number;
  /** Receives pacing decisions (trace level). */
  trace?: (msg: string) => void;
}

/**
 * Proactive client-side limiter: a sliding window per category that delays requests so the category
 * never exceeds its limit. It adopts `X-RateLimit-Limit`/`X-RateLimit-Window-Ms` from answers and
 * resynchronises from `X-RateLimit-Remaining`, so usage by other processes of the same user is respected.
 */
export class Pacer {
  private readonly buckets = new Map<RateCategory, Bucket>();
  private readonly now: () => number;
  private readonly trace: (msg: string) => void;

  constructor(opts: PacerOptions = {}) {
    this.now = opts.now ?? Date.now;
    this.trace = opts.trace ?? (() => {});
    const windowMs = opts.windowMs !== undefined && opts.windowMs > 0 ? opts.windowMs : RATE_WINDOW_MS;
    for (const c of RATE_CATEGORIES) this.buckets.set(c, new Bucket(opts.limits?.[c] ?? RATE_LIMITS[c].limit, windowMs));
  }

  /** Current limit and window of a category (after adopting server headers). */
  settings(category: RateCategory): { limit: number; windowMs: number } {
    const b = this.buckets.get(category)!;
    return { limit: b.limit, windowMs: b.windowMs };
  }

  /** Waits until the category has room, then takes a slot. Rejects at once if `signal` aborts. */
  acquire(category: RateCategory, signal?: AbortSignal): Promise<Slot> {
    const b = this.buckets.get(category)!;
    return b.enqueue(async () => {
      for (;;) {
        signal?.throwIfAborted();
        const now = this.now();
        b.prune(now);
        if (b.blockedUntil > now) {
          this.trace(`pacing: ${category} blocked by the server for ${b.blockedUntil - now} ms`);
          await sleepUnless(b.blockedUntil - now, b.changed(), signal);
          continue;
        }
        if (!b.synced && b.entries.some((e) => e.pending)) {
          this.trace(`pacing: ${category} waiting for the first answer to learn the server's window`);
          await sleepUnless(b.windowMs, b.changed(), signal);
          continue;
        }
        const active = b.active(now);
        if (active.length < b.limit) break;
        const done = active.filter((e) => !e.pending);
        const waitMs = done.length ? Math.max(1, Math.min(...done.map((e) => e.t)) + b.windowMs - now) : undefined;
        this.trace(
          `pacing: ${category} at ${active.length}/${b.limit} per ${b.windowMs} ms, waiting ${waitMs === undefined ? "for an answer" : `${waitMs} ms`}`,
        );
        await sleepUnless(waitMs ?? b.windowMs, b.changed(), signal);
      }
      const entry: Entry = { t: this.now(), pending: true };
      const sentAt = entry.t;
      b.entries.push(entry);
      let finished = false;
      return {
        done: (headers) => {
          if (finished) return;
          finished = true;
          entry.pending = false;
          entry.t = this.now();
          if (headers) this.observe(category, headers, sentAt);
          if (headers || !b.synced) b.synced = true;
          b.notify();
        },
      };
    });
  }

  /** Blocks a category until `until` (epoch ms), e.g. after a 429 with `Retry-After`. */
  blockUntil(category: RateCategory, until: number): void {
    const b = this.buckets.get(category)!;
    b.blockedUntil = Math.max(b.blockedUntil, until);
  }

  /**
   * Adopts the server's view from rate-limit headers of an answer to a request sent at `sentAt`:
   * limit and window, plus `Remaining`: more used than we know of means another process shares the
   * window (phantom entries are added); fewer means the server already forgot some of our older requests.
   */
  observe(category: RateCategory, headers: Record<string, HeaderValue>, sentAt: number): void {
    const b = this.buckets.get(category)!;
    const limit = num(headers["x-ratelimit-limit"]);
    const windowMs = num(headers["x-ratelimit-window-ms"]);
    const remaining = num(headers["x-ratelimit-remaining"]);
    if (limit !== undefined && limit > 0 && limit !== b.limit) {
      this.trace(`pacing: ${category} limit ${b.limit} → ${limit} (server)`);
      b.limit = limit;
    }
    if (windowMs !== undefined && windowMs > 0 && windowMs !== b.windowMs) {
      this.trace(`pacing: ${category} window ${b.windowMs} → ${windowMs} ms (server)`);
      b.windowMs = windowMs;
    }
    if (remaining === undefined) return;
    b.prune(this.now());
    const serverUsed = b.limit - remaining;
    // The server counted at some instant between `sentAt` and now: compare with everything we had
    // in flight or in the window at `sentAt` (an upper bound of what it could have seen from us).
    const ours = b.active(sentAt).length;
    if (serverUsed > ours) {
      const extra = serverUsed - ours;
      this.trace(`pacing: ${category} server counts ${serverUsed}, we account for ${ours}: ${extra} used elsewhere`);
      const now = this.now();
      for (let i = 0; i < extra; i++) b.entries.push({ t: now, pending: false });
      return;
    }
    // Requests finished before this one was sent were all counted by the server if still in its window.
    const before = b.active(sentAt).filter((e) => !e.pending && e.t <= sentAt).sort((x, y) => x.t - y.t);
    const forgotten = before.length - serverUsed;
    if (forgotten > 0) {
      const drop = new Set(before.slice(0, forgotten));
      b.entries = b.entries.filter((e) => !drop.has(e));
      this.trace(`pacing: ${category} server window already freed ${forgotten} slot(s)`);
    }
  }
}
