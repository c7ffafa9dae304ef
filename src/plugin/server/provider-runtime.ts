import type { Provider } from "../framework/provider";
import { tfplugin6 } from "../proto/messages";
import type { ProviderRuntime } from "./grpc-services";
import { providerRpcs } from "./provider-rpcs";
import { ProviderServer } from "./provider-server";

/** The tfplugin6 RPCs over a provider (this module loads on the first Provider call). */
export function providerRuntime(provider: Provider): ProviderRuntime {
  const rpcs = providerRpcs(new ProviderServer(provider)) as unknown as ProviderRuntime["rpcs"];
  return { messages: tfplugin6 as unknown as ProviderRuntime["messages"], rpcs };
}
