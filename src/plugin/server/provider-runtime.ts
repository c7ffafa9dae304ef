import type { Provider } from "../framework/provider";
import { tfplugin6 } from "../proto/messages";
import { ProviderServer } from "./provider-server";
import { PREPARED_RPCS, type PreparedAnswers, type ProviderRpcName } from "./rpc-names";
import { providerRpcs } from "./rpcs";

interface MessageClass {
  encode(message: object): { finish(): Uint8Array };
  decode(bytes: Uint8Array): object;
}

/** The part of the server loaded with the first RPC that needs the provider: protobuf in, protobuf out. */
export interface ProviderRuntime {
  /** Answers one tfplugin6.Provider call; rejects only on a request that is not valid protobuf. */
  call(name: ProviderRpcName, request: Uint8Array): Promise<Uint8Array>;
}

/** The tfplugin6 RPCs over a provider. */
export function providerRuntime(provider: Provider): ProviderRuntime {
  const rpcs = providerRpcs(new ProviderServer(provider)) as Record<ProviderRpcName, (req: object) => Promise<object>>;
  const messages = tfplugin6 as unknown as Record<ProviderRpcName, { Request: MessageClass; Response: MessageClass }>;
  return {
    async call(name, request) {
      const { Request, Response } = messages[name];
      return Response.encode(await rpcs[name](Request.decode(request))).finish();
    },
  };
}

/** The answers of {@link PREPARED_RPCS}, encoded (what `serve --prepare` prints for the bundler). */
export async function prepareAnswers(provider: Provider): Promise<PreparedAnswers> {
  const runtime = providerRuntime(provider);
  const out: PreparedAnswers = {};
  for (const name of PREPARED_RPCS) out[name] = Buffer.from(await runtime.call(name, new Uint8Array())).toString("base64");
  return out;
}
