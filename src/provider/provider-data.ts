import type { Environment, Logger, SmartEnrollClient } from "../client";
import { Diagnostics, providerBug } from "../plugin";
import type { Source, TokenInfo } from "./credentials";

/** Settings from the provider block, resolved against the environment. The token is kept here only. */
export interface ClientSettings {
  token: string;
  environment: Environment;
  baseUrl?: string;
  maxRetries?: number;
  requestTimeoutMs?: number;
  /** The pacer's rate-limit window in ms (`SMARTENROLL_RATE_WINDOW_MS`, for servers with a shorter window). */
  rateWindowMs?: number;
  /** The token's claims, read without a secret (never the token itself). */
  tokenInfo?: TokenInfo;
  /** Where the token came from, for messages. */
  tokenSource?: Source;
  /** The API's URL and the setting that chose it (`base_url`, `SMARTENROLL_BASE_URL` or `environment "…"`). */
  endpoint?: { url: string; setBy: string };
  /** Where the client's log lines go; without one the client logs nothing. */
  logger?: Logger;
  /** Extra CA certificates for HTTPS (`NODE_EXTRA_CA_CERTS`, which the provider's launcher defers). */
  extraCaCertsFile?: string;
}

/** Non-secret facts about the connection, for messages: the endpoint and what set it, the token's claims and source. */
export type ConnectionFacts = Pick<ClientSettings, "tokenInfo" | "tokenSource" | "endpoint" | "maxRetries">;

/**
 * What the provider hands to resources and data sources: the API client, built on first use so that
 * validation and schema calls never load it.
 */
export class ProviderData {
  private instance?: SmartEnrollClient;

  constructor(private readonly settings: ClientSettings) {}

  /** The account the token is for (its `sub`), when it says. */
  get tokenAccount(): string | undefined {
    return this.settings.tokenInfo?.account;
  }

  /** Non-secret facts about the connection, for messages. */
  get context(): ConnectionFacts {
    const { tokenInfo, tokenSource, endpoint, maxRetries } = this.settings;
    return { tokenInfo, tokenSource, endpoint, maxRetries };
  }

  /** The per-process client (one read cache and one pacer for every resource of this process). */
  client(): SmartEnrollClient {
    if (!this.instance) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { createClient } = require("../client") as typeof import("../client");
      this.instance = createClient({
        token: this.settings.token,
        environment: this.settings.environment,
        baseUrl: this.settings.baseUrl,
        maxRetries: this.settings.maxRetries,
        requestTimeoutMs: this.settings.requestTimeoutMs,
        rateWindowMs: this.settings.rateWindowMs,
        logger: this.settings.logger,
        extraCaCertsFile: this.settings.extraCaCertsFile,
      });
    }
    return this.instance;
  }
}

/** The provider data handed to `configure`, or a "provider bug" diagnostic when it has the wrong type. */
export function providerDataFrom(data: unknown, diags: Diagnostics): ProviderData | undefined {
  if (data === undefined || data === null) return undefined;
  if (data instanceof ProviderData) return data;
  diags.append(providerBug("Unexpected Provider Data", `Expected ProviderData, got ${typeof data}.`));
  return undefined;
}

/** The configured client, or an error diagnostic when the provider was not configured. */
export function requireClient(data: ProviderData | undefined, diags: Diagnostics): SmartEnrollClient | undefined {
  if (data) return data.client();
  diags.addError("Provider Not Configured", "The SmartEnroll provider was not configured before this operation; set the provider block's token or SMARTENROLL_TOKEN.");
  return undefined;
}
