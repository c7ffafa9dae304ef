import type { Environment } from "../client";
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
import { AttributePath, isNumberValue, isUnknown, toNumber, Value } from "../plugin";
import { ProjectDataSource } from "./data-sources/project";
import { ProjectsDataSource } from "./data-sources/projects";
import { ProviderData } from "./provider-data";
import { ProjectResource } from "./resources/project";
import { ProjectBrandingResource } from "./resources/project-branding";
import { ProjectFlowResource } from "./resources/project-flow";

export { PROVIDER_ADDRESS } from "./address";

const ENVIRONMENTS = ["production", "staging", "development"] as const;

/** The SmartEnroll Terraform provider: provider block, three resources, two data sources. */
export class SmartEnrollProvider implements Provider {
  constructor(
    private readonly version: string,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  metadata(): ProviderMetadata {
    return { typeName: "smartenroll", version: this.version };
  }

  schema(): Schema {
    return {
      description: "Manages SmartEnroll KYC onboarding projects (Verifik SmartEnroll API v3): projects, their flows and lifecycle, and branding.",
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
          description: "API environment: `production` (https://api.verifik.co), `staging` or `development`. Default `production`; `SMARTENROLL_ENVIRONMENT` when unset.",
        },
        base_url: {
          kind: "string",
          optional: true,
          description: "API base URL, e.g. a local SmartEnroll server. Overrides `environment`. Falls back to the `SMARTENROLL_BASE_URL` environment variable.",
        },
        max_retries: {
          kind: "number",
          optional: true,
          description: "Retries of a failed call (429, 5xx, connection errors) with exponential backoff, an integer from 0 to 10. Default 5.",
        },
        request_timeout_seconds: {
          kind: "number",
          optional: true,
          description: "Timeout of one HTTP attempt in seconds, from 1 to 600. Default 30.",
        },
      },
    };
  }

  validateConfig(req: ValidateConfigRequest, resp: ValidateConfigResponse): void {
    const c = req.config;
    if (typeof c.environment === "string" && !(ENVIRONMENTS as readonly string[]).includes(c.environment))
      resp.diagnostics.addAttributeError(AttributePath.root("environment"), "Invalid Attribute Value", `environment must be one of "production", "staging", "development", but "${c.environment}" was provided`);
    if (typeof c.base_url === "string" && !/^https?:\/\/[^/\s]+/.test(c.base_url))
      resp.diagnostics.addAttributeError(AttributePath.root("base_url"), "Invalid Attribute Value", `base_url must be an http(s) URL, but "${c.base_url}" was provided`);
    rangeCheck(c.max_retries, "max_retries", 0, 10, resp);
    rangeCheck(c.request_timeout_seconds, "request_timeout_seconds", 1, 600, resp);
  }

  configure(req: ConfigureProviderRequest, resp: ConfigureProviderResponse): void {
    const c = req.config;
    const str = (v: Value, envName: string) => (typeof v === "string" && v !== "" ? v : isUnknown(v) ? undefined : this.env[envName] || undefined);
    const token = str(c.token, "SMARTENROLL_TOKEN");
    if (!token) {
      if (isUnknown(c.token)) return;
      resp.diagnostics.addAttributeError(AttributePath.root("token"), "Missing API Token", "Set the provider's `token` or the SMARTENROLL_TOKEN environment variable to a SmartEnroll API token.");
      return;
    }
    const environment = (str(c.environment, "SMARTENROLL_ENVIRONMENT") ?? "production") as Environment;
    if (!(ENVIRONMENTS as readonly string[]).includes(environment)) {
      resp.diagnostics.addAttributeError(AttributePath.root("environment"), "Invalid Environment", `environment must be one of "production", "staging", "development", but "${environment}" was provided`);
      return;
    }
    const num = (v: Value) => (isNumberValue(v) ? toNumber(v) : undefined);
    const timeout = num(c.request_timeout_seconds);
    resp.providerData = new ProviderData({
      token,
      environment,
      baseUrl: str(c.base_url, "SMARTENROLL_BASE_URL"),
      maxRetries: num(c.max_retries),
      requestTimeoutMs: timeout === undefined ? undefined : timeout * 1000,
      rateWindowMs: Number(this.env.SMARTENROLL_RATE_WINDOW_MS) > 0 ? Number(this.env.SMARTENROLL_RATE_WINDOW_MS) : undefined,
    });
  }

  resources(): ResourceFactory[] {
    return [() => new ProjectResource(), () => new ProjectFlowResource(), () => new ProjectBrandingResource()];
  }

  dataSources(): DataSourceFactory[] {
    return [() => new ProjectDataSource(), () => new ProjectsDataSource()];
  }
}

function rangeCheck(v: Value | undefined, name: string, min: number, max: number, resp: ValidateConfigResponse): void {
  if (v === undefined || !isNumberValue(v)) return;
  const n = toNumber(v);
  if (!Number.isInteger(n) || n < min || n > max)
    resp.diagnostics.addAttributeError(AttributePath.root(name), "Invalid Attribute Value", `${name} must be an integer between ${min} and ${max}, but ${n} was provided`);
}
