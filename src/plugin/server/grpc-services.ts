import type { GrpcMethods, StreamMethod, UnaryMethod } from "./grpc-http2";

/** A generated message class: static encode/decode (protobufjs static code, no runtime .proto parsing). */
interface MessageClass {
  encode(message: object): { finish(): Uint8Array };
  decode(bytes: Uint8Array): object;
}

type Rpc = (request: object) => Promise<object>;

/** The tfplugin6.Provider RPCs this server implements (the rest answer "unimplemented", which Terraform tolerates). */
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

/** What the lazily loaded part of the server provides: message classes and RPC implementations. */
export interface ProviderRuntime {
  readonly messages: Record<string, { Request: MessageClass; Response: MessageClass }>;
  readonly rpcs: Record<string, Rpc>;
}

/**
 * All methods served: tfplugin6.Provider (loaded on first call, so the handshake does not pay for the
 * codec and the provider's schema), plugin.GRPCController, plugin.GRPCStdio and grpc.health.v1.Health.
 */
export function pluginMethods(runtime: () => Promise<ProviderRuntime>, onShutdown: () => void): GrpcMethods {
  const methods = new Map<string, UnaryMethod | StreamMethod>();
  for (const name of PROVIDER_RPCS) {
    methods.set(`/tfplugin6.Provider/${name}`, {
      kind: "unary",
      async handle(request) {
        const rt = await runtime();
        const { Request, Response } = rt.messages[name];
        return Response.encode(await rt.rpcs[name](Request.decode(request))).finish();
      },
    });
  }
  const empty = new Uint8Array(0);
  methods.set("/plugin.GRPCController/Shutdown", {
    kind: "unary",
    handle: async () => empty,
    afterResponse: onShutdown,
  });
  methods.set("/plugin.GRPCStdio/StreamStdio", { kind: "stream", initial: [] });
  const serving = new Uint8Array([0x08, 0x01]);
  methods.set("/grpc.health.v1.Health/Check", { kind: "unary", handle: async () => serving });
  methods.set("/grpc.health.v1.Health/Watch", { kind: "stream", initial: [serving] });
  return methods;
}
