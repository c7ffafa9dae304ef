import { normalizeBaseUrl, type Logger } from "../client";
import { DEFAULT_ENVIRONMENT, ENVIRONMENT_HOSTS, ENVIRONMENTS, REQUEST_TIMEOUT_SECONDS, RETRY_DEFAULTS, RETRY_LIMITS, type Environment } from "../model";
import type {
  ConfigureProviderRequest,
  ConfigureProviderResponse,
  DataSourceFactory,
  Provider,
  ProviderMetadata,
  ResourceFactory,
  Schema,
  ValidateConfigRequest,
  ValidateConfigResponse,
} from "../plugin";
import { AttributePath, DEFERRED_CA_ENV, isNumberValue, isUnknown, toNumber, Value } from "../plugin";
import { ProjectDataSource } from "./data-sources/project";
import { ProjectsDataSource } from "./data-sources/projects";
import { readToken, tokenTimeProblem, type Source } from "./credentials";
import { guardedDataSource, guardedResource } from "./guarded";
import { ProviderData } from "./provider-data";
import { ProjectResource } from "./resources/project";
import { ProjectBrandingResource } from "./resources/project-branding";
import { ProjectFlowResource } from "./resources/project-flow";
import { WebhookResource } from "./resources/webhook";
import { WebhookDataSource } from "./data-sources/webhook";

export { PROVIDER_ADDRESS } from "./address";

const isEnvironment = (v: string): v is Environment => (ENVIRONMENTS as readonly string[]).includes(v);
const oneOfEnvironments = `must be one of ${ENVIRONMENTS.map((e) => JSON.stringify(e)).join(", ")}`;
const TIMEOUT = REQUEST_TIMEOUT_SECONDS;

/** The SmartEnroll Terraform provider: provider block, four resources, three data sources. */
export class SmartEnrollProvider implements Provider {
  constructor(
    private readonly version: string,
    private readonly env: NodeJS.ProcessEnv = process.env,
    /** Where the API client's log lines go (the plugin process passes stderr); none by default, so in-process use is quiet. */
    private readonly logger?: Logger,
  ) {}

  metadata(): ProviderMetadata {
    return { typeName: "smartenroll", version: this.version };
  }

  schema(): Schema {
    return {
      description: "Manages SmartEnroll KYC onboarding projects (Verifik SmartEnroll API v3): projects, their flows and lifecycle, branding, and the webhooks that receive onboarding events.",
      attributes: {
        token: {
          kind: "string",
          optional: true,
          sensitive: true,
          description: "API token (a JWT) sent as `Authorization: Bearer`. Falls back to the `SMARTENROLL_TOKEN` environment variable. Never logged or stored in state.",
        },
        environment: {
          kind: "string",
          optional: true,
          description: `API environment: ${ENVIRONMENTS.map((e) => `\`${e}\` (${ENVIRONMENT_HOSTS[e]})`).join(", ")}. Default \`${DEFAULT_ENVIRONMENT}\`; \`SMARTENROLL_ENVIRONMENT\` when unset.`,
        },
        base_url: {
          kind: "string",
          optional: true,
          description: "API base URL, e.g. a local SmartEnroll server. Overrides `environment`. Falls back to the `SMARTENROLL_BASE_URL` environment variable.",
        },
        max_retries: {
          kind: "number",
          optional: true,
          description: `Retries of a failed call (429, 5xx, connection errors) with exponential backoff, an integer from 0 to ${RETRY_LIMITS.maxRetries}. Default ${RETRY_DEFAULTS.maxRetries}.`,
        },
        request_timeout_seconds: {
          kind: "number",
          optional: true,
          description: `Timeout of one HTTP attempt in seconds, from ${TIMEOUT.min} to ${TIMEOUT.max}. Default ${TIMEOUT.default}.`,
        },
      },
    };
  }

  validateConfig(req: ValidateConfigRequest, resp: ValidateConfigResponse): void {
    const c = req.config;
    if (typeof c.environment === "string" && !isEnvironment(c.environment))
      resp.diagnostics.addAttributeError(AttributePath.root("environment"), "Invalid Attribute Value", `environment ${oneOfEnvironments}, but "${c.environment}" was provided`);
    const base = typeof c.base_url === "string" ? normalizeBaseUrl(c.base_url) : undefined;
    if (base?.problem) resp.diagnostics.addAttributeError(AttributePath.root("base_url"), "Invalid Attribute Value", `base_url ${base.problem}`);
    rangeCheck(c.max_retries, "max_retries", 0, RETRY_LIMITS.maxRetries, resp);
    rangeCheck(c.request_timeout_seconds, "request_timeout_seconds", TIMEOUT.min, TIMEOUT.max, resp);
  }

  /**
   * Resolves the settings against the environment and checks them without any request: the base URL and
   * environment (naming the attribute or variable that holds them), and the token's validity window.
   */
  configure(req: ConfigureProviderRequest, resp: ConfigureProviderResponse): void {
    const c = req.config;
    const setting = (attribute: string, envVar: string): { value?: string; source: Source } | undefined => {
      const v = c[attribute];
      if (isUnknown(v)) return undefined;
      if (typeof v === "string" && v !== "") return { value: v, source: { attribute, envVar, fromEnv: false } };
      return { value: this.env[envVar] || undefined, source: { attribute, envVar, fromEnv: true } };
    };
    const token = setting("token", "SMARTENROLL_TOKEN");
    if (!token?.value) {
      if (!token) return;
      resp.diagnostics.addAttributeError(AttributePath.root("token"), "Missing API Token", "Set the provider's `token` or the SMARTENROLL_TOKEN environment variable to a SmartEnroll API token.");
      return;
    }
    const env = setting("environment", "SMARTENROLL_ENVIRONMENT");
    const environment = env?.value ?? DEFAULT_ENVIRONMENT;
    if (!isEnvironment(environment)) {
      const where = env?.source.fromEnv ? "SMARTENROLL_ENVIRONMENT" : "environment";
      resp.diagnostics.addAttributeError(AttributePath.root("environment"), "Invalid Environment", `${where} ${oneOfEnvironments}, but "${environment}" was provided`);
      return;
    }
    const base = setting("base_url", "SMARTENROLL_BASE_URL");
    const baseUrl = base?.value === undefined ? undefined : normalizeBaseUrl(base.value);
    if (baseUrl?.problem !== undefined) {
      const where = base!.source.fromEnv ? "SMARTENROLL_BASE_URL" : "base_url";
      resp.diagnostics.addAttributeError(AttributePath.root("base_url"), "Invalid Base URL", `${where} ${baseUrl.problem}`);
      return;
    }
    const read = readToken(token.value);
    if (read.problem !== undefined) {
      resp.diagnostics.addAttributeError(AttributePath.root("token"), "Invalid API Token", `The API token in ${token.source.fromEnv ? "SMARTENROLL_TOKEN" : "the provider's `token`"} cannot be used: ${read.problem}.`);
      return;
    }
    const expired = tokenTimeProblem(read.info, token.source);
    if (expired) {
      resp.diagnostics.addAttributeError(AttributePath.root("token"), expired.summary, expired.detail);
      return;
    }
    const num = (v: Value) => (isNumberValue(v) ? toNumber(v) : undefined);
    const timeout = num(c.request_timeout_seconds);
    const maxRetries = num(c.max_retries);
    resp.providerData = new ProviderData({
      token: token.value,
      environment,
      baseUrl: baseUrl?.url,
      maxRetries,
      requestTimeoutMs: timeout === undefined ? undefined : timeout * 1000,
      rateWindowMs: Number(this.env.SMARTENROLL_RATE_WINDOW_MS) > 0 ? Number(this.env.SMARTENROLL_RATE_WINDOW_MS) : undefined,
      tokenInfo: read.info,
      tokenSource: token.source,
      endpoint: baseUrl?.url
        ? { url: baseUrl.url, setBy: base!.source.fromEnv ? "SMARTENROLL_BASE_URL" : "base_url" }
        : { url: ENVIRONMENT_HOSTS[environment], setBy: `environment "${environment}"` },
      logger: this.logger,
      extraCaCertsFile: this.env[DEFERRED_CA_ENV] || this.env.NODE_EXTRA_CA_CERTS || undefined,
    });
  }

  resources(): ResourceFactory[] {
    return [
      () => guardedResource(new ProjectResource()),
      () => guardedResource(new ProjectFlowResource()),
      () => guardedResource(new ProjectBrandingResource()),
      () => guardedResource(new WebhookResource()),
    ];
  }

  dataSources(): DataSourceFactory[] {
    return [() => guardedDataSource(new ProjectDataSource()), () => guardedDataSource(new ProjectsDataSource()), () => guardedDataSource(new WebhookDataSource())];
  }
}

function rangeCheck(v: Value | undefined, name: string, min: number, max: number, resp: ValidateConfigResponse): void {
  if (v === undefined || !isNumberValue(v)) return;
  const n = toNumber(v);
  if (!Number.isInteger(n) || n < min || n > max)
    resp.diagnostics.addAttributeError(AttributePath.root(name), "Invalid Attribute Value", `${name} must be an integer between ${min} and ${max}, but ${n} was provided`);
}
