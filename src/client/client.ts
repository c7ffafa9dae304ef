import { DEFAULT_ENVIRONMENT, ENVIRONMENT_HOSTS, ENVIRONMENTS, REQUEST_TIMEOUT_SECONDS, type Environment } from "../model/contract";
import { normalizeBaseUrl } from "./base-url";
import { FlowsApi } from "./flows";
import { Pacer } from "./pacer";
import { ProjectsApi } from "./projects";
import { defaultRetryPolicy, type RetryPolicy } from "./retry";
import { Transport, type Logger } from "./transport";
import { WebhooksApi } from "./webhooks";

/** An API environment name (the model's contract: `ENVIRONMENT_HOSTS`). */
export type { Environment };

/** Options of {@link createClient}. */
export interface ClientOptions {
  /** Overrides `environment`; e.g. the local server's URL. */
  baseUrl?: string;
  /** @default DEFAULT_ENVIRONMENT ("production") */
  environment?: Environment;
  /** The JWT sent as `Authorization: Bearer`; never logged. */
  token: string;
  /** Retries after the first attempt; @default RETRY_DEFAULTS.maxRetries (5) */
  maxRetries?: number;
  /** Per-attempt timeout; a timeout is a NetworkError (retried for idempotent calls). @default REQUEST_TIMEOUT_SECONDS.default × 1000 */
  requestTimeoutMs?: number;
  /** debug: one line per request; trace: also retry and pacing decisions. */
  logger?: Logger;
  /** Cancels every call of this client (Terraform's StopProvider). */
  signal?: AbortSignal;
  /** Overrides parts of the retry policy. */
  retry?: Partial<RetryPolicy>;
  /** Proactive per-category rate pacing. @default true */
  pacing?: boolean;
  /** Overrides the pacer's starting limits/window (servers' headers still win). */
  pacer?: Pacer;
  /** The pacer's rate-limit window in ms until the server's headers say otherwise. @default RATE_WINDOW_MS (per minute, as documented) */
  rateWindowMs?: number;
  /** A PEM file of CA certificates an HTTPS connection trusts beside Node's bundled roots (what `NODE_EXTRA_CA_CERTS` names). */
  extraCaCertsFile?: string;
}

/** The SmartEnroll API client: one module per API resource. */
export interface SmartEnrollClient {
  readonly baseUrl: string;
  readonly projects: ProjectsApi;
  readonly flows: FlowsApi;
  readonly webhooks: WebhooksApi;
  /** Closes pooled connections. */
  close(): Promise<void>;
}

/** Builds a client for the chosen environment or base URL. */
export function createClient(opts: ClientOptions): SmartEnrollClient {
  if (!opts.token) throw new Error("a SmartEnroll API token is required");
  const host = ENVIRONMENT_HOSTS[opts.environment ?? DEFAULT_ENVIRONMENT];
  if (!host) throw new Error(`unknown environment "${opts.environment}", expected ${ENVIRONMENTS.join(", ")}`);
  const checked = normalizeBaseUrl(opts.baseUrl || host);
  if (checked.problem !== undefined) throw new Error(`base URL ${checked.problem}`);
  const baseUrl = checked.url;
  const retry: RetryPolicy = { ...defaultRetryPolicy, ...opts.retry };
  if (opts.maxRetries !== undefined) retry.maxRetries = opts.maxRetries;
  const trace = opts.logger ? (msg: string) => opts.logger!("trace", msg) : undefined;
  const pacer = opts.pacing === false ? undefined : (opts.pacer ?? new Pacer({ trace, windowMs: opts.rateWindowMs }));
  const http = new Transport({
    baseUrl,
    token: opts.token,
    retry,
    requestTimeoutMs: opts.requestTimeoutMs ?? REQUEST_TIMEOUT_SECONDS.default * 1000,
    logger: opts.logger,
    signal: opts.signal,
    pacer,
    extraCaCertsFile: opts.extraCaCertsFile,
  });
  const createAttempts = retry.maxRetries + 1;
  const projects = new ProjectsApi(http, createAttempts, { trace });
  const flows = new FlowsApi(http, projects, createAttempts);
  return { baseUrl, projects, flows, webhooks: new WebhooksApi(http, createAttempts), close: () => http.close() };
}
