import type { SmartEnrollClient } from "../client";
import type { ConfigureRequest, ConfigureResponse, Diagnostics, MetadataRequest, TypeMetadata } from "../plugin";
import { ConnectionFacts, ProviderData, providerDataFrom, requireClient } from "./provider-data";

/**
 * What every SmartEnroll resource and data source shares: its type name and the provider's data. `configure` is the
 * one way the provider's settings reach a resource: the client, the connection facts its messages quote and the
 * guard's checks (src/provider/guarded.ts) all read what it keeps.
 */
export abstract class ConfiguredType {
  private data?: ProviderData;

  /** The type name after the provider's prefix (`project` → `smartenroll_project`). */
  protected abstract readonly typeSuffix: string;

  metadata(req: MetadataRequest): TypeMetadata {
    return { typeName: `${req.providerTypeName}_${this.typeSuffix}` };
  }

  configure(req: ConfigureRequest, resp: ConfigureResponse): void {
    this.data = providerDataFrom(req.providerData, resp.diagnostics);
  }

  /** The provider's data handed to `configure`; undefined before it (validation, schema) or when unconfigured. */
  get providerData(): ProviderData | undefined {
    return this.data;
  }

  /** The configured API client, or undefined after adding the "not configured" error. */
  protected client(diags: Diagnostics): SmartEnrollClient | undefined {
    return requireClient(this.data, diags);
  }

  /** Non-secret facts about the connection that error messages quote (endpoint, token source). */
  protected get connection(): ConnectionFacts | undefined {
    return this.data?.context;
  }
}
