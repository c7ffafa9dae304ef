import type { Provider } from "../framework/provider";
import { tfplugin6 } from "../proto/messages";
import type { ProviderRuntime } from "./grpc-services";
import { providerRpcs } from "./provider-rpcs";
import { ProviderServer } from "./provider-server";

/** Builds the provider and the tfplugin6 RPCs over it (loaded on the first Provider call). */
export function providerRuntime(providerFactory: () => Provider): ProviderRuntime {
  const rpcs = providerRpcs(new ProviderServer(providerFactory())) as unknown as ProviderRuntime["rpcs"];
  return { messages: tfplugin6 as unknown as ProviderRuntime["messages"], rpcs };
}
