import type { ProviderServer } from "../provider-server";
import type { ProviderRpcName } from "../rpc-names";
import { readDataSource } from "./data-source";
import { configureProvider, getMetadata, getProviderSchema, stopProvider } from "./provider";
import { applyResourceChangeRpc, importResourceState, planResourceChangeRpc, readResource, upgradeResourceState } from "./resource";
import { validateDataResourceConfig, validateProviderConfig, validateResourceConfig } from "./validate";

/** One RPC: a decoded request message in, the response message out; nothing thrown (see `guard`). */
export type RpcAdapter = (request: never) => Promise<object>;

/**
 * The tfplugin6.Provider RPCs, one adapter each (beside this file): decode the request, run the protocol-free logic
 * (plan, apply, read, import, upgrade, validate), encode the response. Keyed by exactly the names of `PROVIDER_RPCS`.
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
  } satisfies Record<ProviderRpcName, RpcAdapter>;
}
