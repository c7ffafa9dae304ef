import type { ProviderServer } from "./provider-server";
import { readDataSource } from "./rpcs/data-source";
import { configureProvider, getMetadata, getProviderSchema, stopProvider } from "./rpcs/provider";
import { applyResourceChangeRpc, importResourceState, planResourceChangeRpc, readResource, upgradeResourceState } from "./rpcs/resource";
import { validateDataResourceConfig, validateProviderConfig, validateResourceConfig } from "./rpcs/validate";

/**
 * The tfplugin6.Provider RPCs, one adapter each (in `rpcs/`): decode the request, run the protocol-free logic
 * beside this file (plan, apply, read, import, upgrade, validate), encode the response. Nothing here throws.
 */
export function providerRpcs(server: ProviderServer) {
  return {
    GetMetadata: getMetadata(server),
    GetProviderSchema: getProviderSchema(server),
    ValidateProviderConfig: validateProviderConfig(server),
    ValidateResourceConfig: validateResourceConfig(server),
    ValidateDataResourceConfig: validateDataResourceConfig(server),
    ConfigureProvider: configureProvider(server),
    UpgradeResourceState: upgradeResourceState(server),
    ReadResource: readResource(server),
    PlanResourceChange: planResourceChangeRpc(server),
    ApplyResourceChange: applyResourceChangeRpc(server),
    ImportResourceState: importResourceState(server),
    ReadDataSource: readDataSource(server),
    StopProvider: stopProvider(server),
  };
}
