/**
 * The tfplugin6.Provider RPCs this server implements (the rest answer "unimplemented", which Terraform tolerates).
 * `rpcs/index.ts` maps each to its adapter, and the compiler holds the two to the same names.
 */
export const PROVIDER_RPCS = [
  "GetMetadata",
  "GetProviderSchema",
  "ValidateProviderConfig",
  "ValidateResourceConfig",
  "ValidateDataResourceConfig",
  "UpgradeResourceState",
  "ConfigureProvider",
  "ReadResource",
  "PlanResourceChange",
  "ApplyResourceChange",
  "ImportResourceState",
  "ReadDataSource",
  "StopProvider",
] as const;

export type ProviderRpcName = (typeof PROVIDER_RPCS)[number];

/**
 * RPCs whose answer depends only on the provider's code, never on the request or the environment: encoded once when
 * the provider is bundled, and served from those bytes without loading the provider (Terraform starts a process
 * just to ask for the schema).
 */
export const PREPARED_RPCS = ["GetMetadata", "GetProviderSchema"] as const satisfies readonly ProviderRpcName[];

/** Encoded answers of {@link PREPARED_RPCS} (protobuf bytes in base64), as `scripts/build.mjs` embeds them. */
export type PreparedAnswers = Partial<Record<(typeof PREPARED_RPCS)[number], string>>;
