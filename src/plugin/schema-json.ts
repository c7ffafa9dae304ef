import type { Provider } from "./framework/provider";

/**
 * The provider's schemas in the format of `terraform providers schema -json`
 * (`{ format_version, provider_schemas: { [sourceAddress]: { provider, resource_schemas, data_source_schemas } } }`).
 */
export function schemaJson(provider: Provider, sourceAddress: string): Record<string, unknown> {
  void provider;
  void sourceAddress;
  throw new Error("schemaJson: not implemented yet");
}
