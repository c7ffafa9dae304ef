import type { Dispatcher } from "undici";
import { httpsTrust } from "../plugin/launch/https-trust";
import { AbortedError, AmbiguousWriteError, ApiError, NetworkError, NotFoundError, RateLimitedError, errorFromResponse } from "./errors";
import { categoryOf, type Pacer } from "./pacer";
import { backoffDelay, classify, serverDelayMs, type RetryPolicy } from "./retry";
import { sleep } from "./sleep";

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
  dispatcher?: Dispatcher;
  random?: () => number;
}

/**
 * undici, loaded with the first request rather than with this module: of the three provider processes Terraform
 * starts per plan, only the last sends requests, and loading undici costs the others ~60 ms each.
 */
let undici: Promise<typeof import("undici")> | undefined;
const loadUndici = () => (undici ??= import("undici"));

const NOT_SENT_CODES = new Set(["ECONNREFUSED", "UND_ERR_CONNECT_TIMEOUT", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);

function errCode(e: unknown): string {
  for (let cur: any = e, i = 0; cur && i < 5; cur = cur.cause, i++) {
    if (typeof cur.code === "string" && cur.code !== "UND_ERR") return cur.code;
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
  private dispatcher?: Promise<Dispatcher>;
  private readonly origin: string;
  private readonly prefix: string;
  private closed = false;

  constructor(private readonly opts: TransportOptions) {
    const u = new URL(opts.baseUrl);
    this.origin = u.origin;
    this.prefix = u.pathname.replace(/\/+$/, "");
  }

  /** The given dispatcher, or a pooled agent made with the first request. */
  private agent(): Promise<Dispatcher> {
    return (this.dispatcher ??= this.opts.dispatcher
      ? Promise.resolve(this.opts.dispatcher)
      : loadUndici().then(({ Agent }) => {
          const { secureContext, problem } = this.origin.startsWith("https:") ? httpsTrust() : {};
          if (problem) this.log("warn", problem);
          return new Agent({ keepAliveTimeout: 10_000, connections: 16, connect: secureContext ? { secureContext } : undefined });
        }));
  }

  private log(level: LogLevel, msg: string): void {
    this.opts.logger?.(level, msg);
  }

  /** Closes idle connections; the transport can't be used afterwards. */
  async close(): Promise<void> {
    if (this.opts.dispatcher || this.closed) return;
    this.closed = true;
    if (this.dispatcher) await (await this.dispatcher).close();
  }

  /** Sends one API call with retries; resolves with the parsed body of a 2xx answer. */
  async send<T = unknown>(method: string, path: string, init: { body?: unknown; query?: Record<string, QueryValue> } & CallOptions = {}): Promise<ApiResponse<T>> {
    const target = withQuery(path, init.query);
    const signals = [this.opts.signal, init.signal].filter((s): s is AbortSignal => !!s);
    const signal = signals.length > 1 ? AbortSignal.any(signals) : signals[0];
    const policy = this.opts.retry;
    const category = categoryOf(path);
    let waited = 0;
    let ambiguousBefore = false;
    for (let attempt = 1; ; attempt++) {
      const aborted = () => new AbortedError(`${method} ${target}: cancelled`, { method, path: target });
      if (signal?.aborted) throw aborted();
      let result: ApiResponse<T> | ApiError;
      try {
        result = await this.attempt<T>(method, target, init.body, attempt, signal);
      } catch (e) {
        if (signal?.aborted) throw aborted();
        throw e;
      }
      if (!(result instanceof ApiError)) return result;
      const err = result;
      if (err instanceof NotFoundError && ambiguousBefore) err.afterAmbiguousAttempt = true;
      const decision = classify(err, method);
      if (decision === "fail") throw err;
      if (decision === "ambiguous") {
        this.log("trace", `${method} ${target}: not retried, the request may have been applied (${err.message})`);
        throw new AmbiguousWriteError({ method, path: target, cause: err });
      }
      if (!(err instanceof RateLimitedError) && !(err instanceof NetworkError && err.notSent)) ambiguousBefore = true;
      if (attempt > policy.maxRetries) {
        this.log("trace", `${method} ${target}: giving up after ${attempt} attempts`);
        throw err;
      }
      const fromServer = err instanceof RateLimitedError ? err.retryAfterMs : undefined;
      const delay = fromServer ?? backoffDelay(policy, attempt, this.opts.random);
      if (waited + delay > policy.maxTotalWaitMs) {
        this.log("trace", `${method} ${target}: giving up, next wait ${delay} ms would exceed the ${policy.maxTotalWaitMs} ms budget`);
        throw err;
      }
      if (err instanceof RateLimitedError && category && this.opts.pacer) this.opts.pacer.blockUntil(category, Date.now() + delay);
      this.log("trace", `${method} ${target}: retry ${attempt}/${policy.maxRetries} in ${delay} ms after ${err.status || errCode(err.cause) || err.message}`);
      waited += delay;
      try {
        await sleep(delay, signal);
      } catch {
        throw aborted();
      }
    }
  }

  private async attempt<T>(method: string, target: string, body: unknown, attempt: number, signal?: AbortSignal): Promise<ApiResponse<T> | ApiError> {
    const category = categoryOf(target);
    const [{ request }, dispatcher] = await Promise.all([loadUndici(), this.agent()]);
    const slot = category && this.opts.pacer ? await this.opts.pacer.acquire(category, signal) : undefined;
    const timeout = AbortSignal.timeout(this.opts.requestTimeoutMs);
    const reqSignal = signal ? AbortSignal.any([signal, timeout]) : timeout;
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const info = { method, path: target };
    try {
      const res = await request(this.origin + this.prefix + target, {
        method: method as Dispatcher.HttpMethod,
        dispatcher,
        signal: reqSignal,
        headers: {
          authorization: `Bearer ${this.opts.token}`,
          accept: "application/json",
          "content-type": "application/json",
          "user-agent": "smartenroll-client",
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.body.text();
      slot?.done(res.headers);
      this.log("debug", `${method} ${target} ${res.statusCode} ${elapsed()}ms attempt=${attempt}`);
      let parsed: unknown = text;
      if (text) {
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = text;
        }
      }
      if (res.statusCode >= 200 && res.statusCode < 300) return { status: res.statusCode, body: parsed as T, headers: res.headers };
      const retryAfter = res.statusCode === 429 ? serverDelayMs(res.headers) : undefined;
      return errorFromResponse(res.statusCode, parsed, info, retryAfter);
    } catch (e) {
      slot?.done();
      if (signal?.aborted) throw e;
      const timedOut = timeout.aborted;
      const code = timedOut ? "ETIMEDOUT" : errCode(e);
      const message = timedOut ? `timed out after ${this.opts.requestTimeoutMs} ms` : (e as Error)?.message || String(e);
      this.log("debug", `${method} ${target} ${code || "network error"} ${elapsed()}ms attempt=${attempt}`);
      return new NetworkError(`${method} ${target}: ${message}${code && !timedOut ? ` (${code})` : ""}`, {
        ...info,
        code,
        cause: e,
        notSent: NOT_SENT_CODES.has(code),
      });
    }
  }
}
