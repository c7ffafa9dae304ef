/** One logged API request (the `/_emulator/requests` log). */
export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  status: number;
  user: string | null;
  time: string;
  durationMs: number;
}

/** Default number of entries the request log keeps (`--request-log-size`). */
export const DEFAULT_REQUEST_LOG_SIZE = 10_000;
/** Longest path, query key or query value kept in a log entry; longer ones are cut and end with `…`. */
export const LOGGED_TEXT_MAX = 512;
/** Characters of query (keys and values) kept per entry; parameters past it are left out. */
const LOGGED_QUERY_MAX = 1_024;

/** A copy of `s` that shares no memory with it: V8 may keep a substring as a view of its whole parent string. */
const own = (s: string) => (s.length < 13 ? s : Buffer.from(s, "utf16le").toString("utf16le"));
const cut = (s: string) => own(s.length > LOGGED_TEXT_MAX ? s.slice(0, LOGGED_TEXT_MAX) + "…" : s);

/** The request log: a ring buffer of the latest `capacity` entries, so memory stays bounded however many requests come. */
export class RequestLog {
  private items: LoggedRequest[] = [];
  private next = 0;

  constructor(readonly capacity = DEFAULT_REQUEST_LOG_SIZE) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError("the request log size must be a positive integer");
  }

  /** Adds an entry, dropping the oldest when full. */
  push(entry: LoggedRequest): void {
    if (this.items.length < this.capacity) this.items.push(entry);
    else this.items[this.next] = entry;
    this.next = (this.next + 1) % this.capacity;
  }

  /** The kept entries, oldest first. */
  entries(): LoggedRequest[] {
    return this.items.length < this.capacity ? [...this.items] : [...this.items.slice(this.next), ...this.items.slice(0, this.next)];
  }

  clear(): void {
    this.items = [];
    this.next = 0;
  }
}

/** A log entry's path, cut to {@link LOGGED_TEXT_MAX}. */
export const loggedPath = cut;

/** Query parameters as an object (repeated keys become arrays), cut to bounded size for the log. */
export function queryObject(q: URLSearchParams): Record<string, string | string[]> {
  const out = Object.create(null) as Record<string, string | string[]>;
  let budget = LOGGED_QUERY_MAX;
  for (const [rawKey, rawValue] of q) {
    const k = cut(rawKey);
    const v = cut(rawValue);
    if ((budget -= k.length + v.length) < 0) break;
    const cur = out[k];
    out[k] = cur === undefined ? v : Array.isArray(cur) ? [...cur, v] : [cur, v];
  }
  return out;
}
