import { channel } from "node:diagnostics_channel";
import { CODE_PATHS_CHANNEL } from "../launch/code-paths";
import type { GrpcServer, ServerStream } from "./grpc-server";
import type { ProviderRuntime } from "./provider-runtime";
import { PROVIDER_RPCS, type PreparedAnswers } from "./rpc-names";

const empty = new Uint8Array(0);
const serving = new Uint8Array([0x08, 0x01]); // grpc.health.v1.HealthCheckResponse{status: SERVING}

/**
 * tfplugin6.Provider. Prepared answers (GetProviderSchema, GetMetadata, encoded when the provider was bundled) are
 * sent as they are; every other call loads `runtime` (codec, provider) first, so a process Terraform starts only to
 * ask for the schema never loads the provider, and the handshake pays for neither. Each RPC's first call is named on
 * the code-paths channel (the launcher's code cache learns what this process compiled).
 */
export function addProviderService(server: GrpcServer, runtime: () => Promise<ProviderRuntime>, prepared: PreparedAnswers = {}): void {
  const codePaths = channel(CODE_PATHS_CHANNEL);
  const ran = new Set<string>();
  for (const name of PROVIDER_RPCS) {
    const answer = name in prepared ? Buffer.from(prepared[name as keyof PreparedAnswers]!, "base64") : undefined;
    const announce = () => !ran.has(name) && ran.add(name) && codePaths.publish(name);
    server.addUnary(
      `/tfplugin6.Provider/${name}`,
      answer
        ? () => {
            announce();
            return answer;
          }
        : (request) => {
            announce();
            return runtime().then((rt) => rt.call(name, request));
          },
    );
  }
}

/** Server streams held open (GRPCStdio, Health.Watch), so that a shutdown can end them and let the connection close. */
export class OpenStreams {
  private readonly calls = new Set<ServerStream>();

  hold(call: ServerStream): void {
    this.calls.add(call);
    call.onClose(() => this.calls.delete(call));
  }

  /** Ends every held stream with status OK. */
  endAll(): void {
    for (const call of this.calls) call.end();
    this.calls.clear();
  }
}

/** plugin.GRPCController: Shutdown replies, and `onShutdown` runs right after the reply is queued. */
export function addControllerService(server: GrpcServer, onShutdown: () => void): void {
  server.addUnary("/plugin.GRPCController/Shutdown", () => {
    setImmediate(onShutdown);
    return empty;
  });
}

/** plugin.GRPCStdio: the stream stays open and idle (we never write to stdout/stderr through it). */
export function addStdioService(server: GrpcServer, streams: OpenStreams): void {
  server.addServerStream("/plugin.GRPCStdio/StreamStdio", (_req, call) => streams.hold(call));
}

/** grpc.health.v1.Health: always SERVING. */
export function addHealthService(server: GrpcServer, streams: OpenStreams): void {
  server.addUnary("/grpc.health.v1.Health/Check", () => serving);
  server.addServerStream("/grpc.health.v1.Health/Watch", (_req, call) => {
    call.write(serving);
    streams.hold(call);
  });
}
