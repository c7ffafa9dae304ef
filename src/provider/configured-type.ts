import type { SmartEnrollClient } from "../client";
import type { ConfigureRequest, ConfigureResponse, Diagnostics, MetadataRequest, TypeMetadata } from "../plugin";
import { ProviderData, providerDataFrom, requireClient } from "./provider-data";

/** What every SmartEnroll resource and data source shares: its type name and the provider's client. */
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

  /** The configured API client, or undefined after adding the "not configured" error. */
  protected client(diags: Diagnostics): SmartEnrollClient | undefined {
    return requireClient(this.data, diags);
  }
}
