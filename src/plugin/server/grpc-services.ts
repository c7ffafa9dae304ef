import type * as grpc from "@grpc/grpc-js";

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

/** A service as `grpc.Server.addService` takes it. */
export type Service = [grpc.ServiceDefinition, grpc.UntypedServiceImplementation];

type Raw = grpc.MethodDefinition<Buffer, Buffer>;

const GRPC_INTERNAL = 13;
const raw = (b: Buffer) => b;
const empty = Buffer.alloc(0);
const serving = Buffer.from([0x08, 0x01]); // grpc.health.v1.HealthCheckResponse{status: SERVING}

/** A method whose messages pass through as bytes: the handlers encode and decode with the generated classes. */
function method(path: string, responseStream: boolean): Raw {
  return { path, requestStream: false, responseStream, requestSerialize: raw, requestDeserialize: raw, responseSerialize: raw, responseDeserialize: raw };
}

/**
 * tfplugin6.Provider. The message classes and RPCs come from `runtime`, loaded on the first call, so the
 * handshake pays neither for the codec nor for the provider's schema.
 */
export function providerService(runtime: () => Promise<ProviderRuntime>): Service {
  const definition: Record<string, Raw> = {};
  const impl: grpc.UntypedServiceImplementation = {};
  for (const name of PROVIDER_RPCS) {
    definition[name] = method(`/tfplugin6.Provider/${name}`, false);
    impl[name] = (call: grpc.ServerUnaryCall<Buffer, Buffer>, callback: grpc.sendUnaryData<Buffer>) => {
      runtime()
        .then(async (rt) => {
          const { Request, Response } = rt.messages[name];
          return Buffer.from(Response.encode(await rt.rpcs[name](Request.decode(call.request))).finish());
        })
        .then(
          (response) => callback(null, response),
          (err: unknown) => callback({ code: GRPC_INTERNAL, details: err instanceof Error ? err.message : String(err) }),
        );
    };
  }
  return [definition, impl];
}

/** Server streams held open (GRPCStdio, Health.Watch), so that a shutdown can end them and let the connection close. */
export class OpenStreams {
  private readonly calls = new Set<grpc.ServerWritableStream<Buffer, Buffer>>();

  hold(call: grpc.ServerWritableStream<Buffer, Buffer>): void {
    this.calls.add(call);
    call.on("cancelled", () => this.calls.delete(call));
  }

  /** Ends every held stream with status OK. */
  endAll(): void {
    for (const call of this.calls) call.end();
    this.calls.clear();
  }
}

/** plugin.GRPCController: Shutdown replies, and `onShutdown` runs right after the reply is queued. */
export function controllerService(onShutdown: () => void): Service {
  return [
    { Shutdown: method("/plugin.GRPCController/Shutdown", false) },
    {
      Shutdown: (_call: grpc.ServerUnaryCall<Buffer, Buffer>, callback: grpc.sendUnaryData<Buffer>) => {
        callback(null, empty);
        onShutdown();
      },
    },
  ];
}

/** plugin.GRPCStdio: the stream stays open and idle (we never write to stdout/stderr through it). */
export function stdioService(streams: OpenStreams): Service {
  return [{ StreamStdio: method("/plugin.GRPCStdio/StreamStdio", true) }, { StreamStdio: (call: grpc.ServerWritableStream<Buffer, Buffer>) => streams.hold(call) }];
}

/** grpc.health.v1.Health: always SERVING. */
export function healthService(streams: OpenStreams): Service {
  return [
    { Check: method("/grpc.health.v1.Health/Check", false), Watch: method("/grpc.health.v1.Health/Watch", true) },
    {
      Check: (_call: grpc.ServerUnaryCall<Buffer, Buffer>, callback: grpc.sendUnaryData<Buffer>) => callback(null, serving),
      Watch: (call: grpc.ServerWritableStream<Buffer, Buffer>) => {
        call.write(serving);
        streams.hold(call);
      },
    },
  ];
}
