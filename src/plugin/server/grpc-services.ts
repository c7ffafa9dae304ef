import { channel } from "node:diagnostics_channel";
import { CODE_PATHS_CHANNEL } from "../launch/code-paths";
import type { Method, ServerStreamCall } from "./h2/grpc-call";
import type { ProviderRuntime } from "./provider-runtime";
import { PROVIDER_RPCS, type PreparedAnswers } from "./rpc-names";

/** A service's methods by path, as {@link GrpcServer} serves them. */
export type Service = Array<[path: string, method: Method]>;

const empty = new Uint8Array(0);
const serving = new Uint8Array([0x08, 0x01]); // grpc.health.v1.HealthCheckResponse{status: SERVING}

/**
 * tfplugin6.Provider. Prepared answers (GetProviderSchema, GetMetadata, encoded when the provider was bundled) are
 * sent as they are (decoded when first asked for); every other call loads `runtime` (codec, provider) first, so a process Terraform starts only to
 * ask for the schema never loads the provider, and the handshake pays for neither.
 */
export function providerService(runtime: () => Promise<ProviderRuntime>, prepared: PreparedAnswers = {}): Service {
  const codePaths = channel(CODE_PATHS_CHANNEL);
  const ran = new Set<string>();
  return PROVIDER_RPCS.map((name) => {
    const encoded = prepared[name as keyof PreparedAnswers];
    let answer: Buffer | undefined;
    const announce = () => ran.size < PROVIDER_RPCS.length && !ran.has(name) && ran.add(name) && codePaths.publish(name);
    const unary = encoded !== undefined
      ? () => {
          announce();
          return (answer ??= Buffer.from(encoded, "base64"));
        }
      : (request: Buffer) => {
          announce();
          return runtime().then((rt) => rt.call(name, request));
        };
    return [`/tfplugin6.Provider/${name}`, { unary }];
  });
}

/** Server streams held open (GRPCStdio, Health.Watch), so that a shutdown can end them and let the connection close. */
export class OpenStreams {
  private readonly calls = new Set<ServerStreamCall>();

  hold(call: ServerStreamCall): void {
    this.calls.add(call);
    call.onCancel(() => this.calls.delete(call));
  }

  /** Ends every held stream with status OK. */
  endAll(): void {
    for (const call of this.calls) call.end();
    this.calls.clear();
  }
}

/** plugin.GRPCController: Shutdown replies, and `onShutdown` runs right after the reply is queued. */
export function controllerService(onShutdown: () => void): Service {
  return [["/plugin.GRPCController/Shutdown", { unary: () => empty, afterReply: onShutdown }]];
}

/** plugin.GRPCStdio: the stream stays open and idle (we never write to stdout/stderr through it). */
export function stdioService(streams: OpenStreams): Service {
  return [["/plugin.GRPCStdio/StreamStdio", { stream: (_req, call) => streams.hold(call) }]];
}

/** grpc.health.v1.Health: always SERVING. */
export function healthService(streams: OpenStreams): Service {
  return [
    ["/grpc.health.v1.Health/Check", { unary: () => serving }],
    [
      "/grpc.health.v1.Health/Watch",
      {
        stream: (_req, call) => {
          call.write(serving);
          streams.hold(call);
        },
      },
    ],
  ];
}
