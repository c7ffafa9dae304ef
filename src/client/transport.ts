import { errorFromResponse } from "./error-body";
import { ApiError, NetworkError } from "./errors";
import { ExchangeError, HttpPool } from "./http-exchange";
import { categoryOf, type Pacer } from "./pacer";
import { serverDelayMs, type RetryPolicy } from "./retry";
import { withRetry } from "./retrying";
import { noteWait } from "./waits";

/** Log levels, matching Terraform's. */
export type LogLevel = "trace" | "debug" | "info" | "warn" | "error";
/** Receives log lines; never given the token or the Authorization header. */
export type Logger = (level: LogLevel, msg: string) => void;

/** A query string value; arrays are sent as `key[]=a&key[]=b`. */
export type QueryValue = string | number | boolean | string[] | undefined;

/** Per-call options accepted by every API method. */
export interface CallOptions {
  /** Cancels the call (and any wait for a retry or a pacing slot). */
  signal?: AbortSignal;
}

/** A successful (2xx) answer. */
export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | undefined>;
  /** The request line and full URL it answers, and its content type (for messages about unexpected answers). */
  method?: string;
  path?: string;
  url?: string;
  contentType?: string;
}

/** Settings of a {@link Transport}. */
export interface TransportOptions {
  baseUrl: string;
  token: string;
  retry: RetryPolicy;
  requestTimeoutMs: number;
  logger?: Logger;
  signal?: AbortSignal;
  pacer?: Pacer;
  random?: () => number;
  /** A PEM file of CA certificates trusted beside Node's roots (HTTPS only). */
  extraCaCertsFile?: string;
}

const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);

function errCode(e: unknown): string {
  for (let cur: any = e, i = 0; cur && i < 5; cur = cur.cause, i++) {
    if (typeof cur.code === "string") return cur.code;
  }
  return "";
}

/** Builds `path?query` with `[]` kept literal in array keys. */
export function withQuery(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path;
  const parts: string[] = [];
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) for (const x of v) parts.push(`${encodeURIComponent(k)}[]=${encodeURIComponent(x)}`);
    else parts.push(`${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  }
  return parts.length ? `${path}?${parts.join("&")}` : path;
}

/**
 * HTTP layer shared by the resource modules: bearer auth, JSON, envelopes left to callers, typed errors,
 * request timeout, proactive pacing and the retry policy. A POST is never replayed once it may have
 * reached the server; that outcome surfaces as {@link AmbiguousWriteError}.
 */
export class Transport {
  private readonly pool: HttpPool;
  private readonly origin: string;
  private readonly prefix: string;

  constructor(private readonly opts: TransportOptions) {
    const u = new URL(opts.baseUrl);
    this.origin = u.origin;
    this.prefix = u.pathname.replace(/\/+$/, "");
    this.pool = new HttpPool(this.origin, opts.extraCaCertsFile, (msg) => this.log("warn", msg));
  }

  private log(level: LogLevel, msg: string): void {
    this.opts.logger?.(level, msg);
  }

  /** Closes its connections; the transport can't be used afterwards. */
  async close(): Promise<void> {
    this.pool.close();
  }

  /** The full URL of a path (and query) of the API. */
  urlOf(target: string): string {
    return this.origin + this.prefix + target;
  }

  /** Sends one API call with retries (see {@link withRetry}); resolves with the parsed body of a 2xx answer. */
  async send<T = unknown>(method: string, path: string, init: { body?: unknown; query?: Record<string, QueryValue> } & CallOptions = {}): Promise<ApiResponse<T>> {
    const target = withQuery(path, init.query);
    const signals = [this.opts.signal, init.signal].filter((s): s is AbortSignal => !!s);
    const signal = signals.length > 1 ? AbortSignal.any(signals) : signals[0];
    const category = categoryOf(path);
    const pacer = this.opts.pacer;
    return withRetry(
      {
        method,
        target,
        policy: this.opts.retry,
        signal,
        random: this.opts.random,
        log: (msg) => this.log("trace", msg),
        onRateLimited: (delay) => {
          if (category && pacer) pacer.blockUntil(category, Date.now() + delay);
          noteWait(init.signal, "rate-limited", delay);
        },
      },
      (n) => this.attempt<T>(method, target, init.body, n, signal, init.signal),
    );
  }

  /** Waits for a pacing slot of the path's category; a wait that took time is logged and counted. */
  private async slot(method: string, target: string, signal?: AbortSignal, counted?: AbortSignal) {
    const category = categoryOf(target);
    if (!category || !this.opts.pacer) return undefined;
    const started = performance.now();
    const slot = await this.opts.pacer.acquire(category, signal);
    const waited = Math.round(performance.now() - started);
    if (waited >= 20) {
      const { limit, windowMs } = this.opts.pacer.settings(category);
      this.log("debug", `pacing: ${method} ${target} waited ${waited} ms for the API's rate limit (${category}: ${limit} requests per ${windowMs} ms)`);
      noteWait(counted, "paced", waited);
    }
    return slot;
  }

  private async attempt<T>(method: string, target: string, body: unknown, attempt: number, signal?: AbortSignal, counted?: AbortSignal): Promise<ApiResponse<T> | ApiError> {
    const slot = await this.slot(method, target, signal, counted);
    const timeout = AbortSignal.timeout(this.opts.requestTimeoutMs);
    const reqSignal = signal ? AbortSignal.any([signal, timeout]) : timeout;
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const url = this.urlOf(target);
    const info = { method, path: target, url };
    const text = body === undefined ? undefined : JSON.stringify(body);
    try {
      const res = await this.pool.exchange(url, {
        method,
        signal: reqSignal,
        headers: {
          authorization: `Bearer ${this.opts.token}`,
          accept: "application/json",
          "content-type": "application/json",
          "user-agent": "smartenroll-client",
          ...(text === undefined ? {} : { "content-length": String(Buffer.byteLength(text)) }),
        },
        body: text,
      });
      slot?.done(res.headers);
      this.log("debug", `${method} ${target} ${res.status} ${elapsed()}ms attempt=${attempt}`);
      let parsed: unknown = res.text;
      if (res.text) {
        try {
          parsed = JSON.parse(res.text);
        } catch {
          parsed = res.text;
        }
      }
      const contentType = String(res.headers["content-type"] ?? "");
      if (res.status >= 200 && res.status < 300) return { status: res.status, body: parsed as T, headers: res.headers, ...info, contentType };
      const retryAfter = res.status === 429 ? serverDelayMs(res.headers) : undefined;
      return errorFromResponse(res.status, parsed, { ...info, server: res.headers.server?.toString() }, retryAfter, contentType);
    } catch (e) {
      slot?.done();
      const cause = e instanceof ExchangeError ? e.cause : e;
      if (signal?.aborted) throw cause;
      const timedOut = timeout.aborted;
      const code = timedOut ? "ETIMEDOUT" : errCode(cause);
      const message = timedOut ? `timed out after ${this.opts.requestTimeoutMs} ms` : (cause as Error)?.message || String(cause);
      this.log("debug", `${method} ${target} ${code || "network error"} ${elapsed()}ms attempt=${attempt}`);
      return new NetworkError(`${method} ${url}: ${message}${code && !timedOut ? ` (${code})` : ""}`, {
        ...info,
        code,
        cause,
        notSent: NOT_SENT_CODES.has(code) || (e instanceof ExchangeError && e.beforeConnect),
      });
    }
  }
}
