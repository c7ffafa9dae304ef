import type * as grpc from "@grpc/grpc-js";
import { channel } from "node:diagnostics_channel";
import { CODE_PATHS_CHANNEL } from "../launch/code-paths";
import type { ProviderRuntime } from "./provider-runtime";
import { PROVIDER_RPCS, type PreparedAnswers } from "./rpc-names";

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
 * tfplugin6.Provider. Prepared answers (GetProviderSchema, GetMetadata, encoded when the provider was bundled) are
 * sent as they are; every other call loads `runtime` (codec, provider) first, so a process Terraform starts only to
 * ask for the schema never loads the provider, and the handshake pays for neither.
 */
export function providerService(runtime: () => Promise<ProviderRuntime>, prepared: PreparedAnswers = {}): Service {
  const definition: Record<string, Raw> = {};
  const impl: grpc.UntypedServiceImplementation = {};
  const codePaths = channel(CODE_PATHS_CHANNEL);
  const ran = new Set<string>();
  for (const name of PROVIDER_RPCS) {
    definition[name] = method(`/tfplugin6.Provider/${name}`, false);
    const answer = name in prepared ? Buffer.from(prepared[name as keyof PreparedAnswers]!, "base64") : undefined;
    const announce = () => ran.size < PROVIDER_RPCS.length && !ran.has(name) && ran.add(name) && codePaths.publish(name);
    impl[name] = answer
      ? (_call: grpc.ServerUnaryCall<Buffer, Buffer>, callback: grpc.sendUnaryData<Buffer>) => {
          announce();
          callback(null, answer);
        }
      : (call: grpc.ServerUnaryCall<Buffer, Buffer>, callback: grpc.sendUnaryData<Buffer>) => {
          announce();
          runtime()
            .then((rt) => rt.call(name, call.request))
            .then(
              (response) => callback(null, Buffer.from(response.buffer, response.byteOffset, response.byteLength)),
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
