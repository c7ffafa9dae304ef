import type { Provider } from "../framework/provider";
import { PREPARED_RPCS } from "./rpc-names";

/**
 * Does a provider process's pure-JavaScript start work ahead of time: loads the provider runtime (codec, message
 * classes, RPC adapters) and the provider, and answers the RPCs every Terraform command starts with once, encoded as
 * `serve` would. Run while a startup snapshot is built, it leaves modules loaded, schemas built and their code
 * compiled for every start. The provider instance is dropped: `serve` makes its own (with the environment of the start).
 */
export async function warmUp(providerFactory: () => Provider | Promise<Provider>): Promise<void> {
  const [{ providerRuntime }, provider] = await Promise.all([import("./provider-runtime"), providerFactory()]);
  const runtime = providerRuntime(provider);
  for (const name of PREPARED_RPCS) await runtime.call(name, new Uint8Array());
}
