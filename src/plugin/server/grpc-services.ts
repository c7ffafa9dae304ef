import type * as grpc from "@grpc/grpc-js";
import { tfplugin6 } from "../proto/generated/tfplugin6";

/** A generated message class: static encode/decode (protobufjs static code, no runtime .proto parsing). */
interface MessageClass {
  encode(message: object): { finish(): Uint8Array };
  decode(bytes: Uint8Array): object;
}

type Unary = (request: object) => Promise<object>;

const empty = Buffer.alloc(0);
const identity = {
  requestSerialize: () => empty,
  requestDeserialize: () => ({}),
  responseSerialize: () => empty,
  responseDeserialize: () => ({}),
};

function unary(path: string, req: MessageClass, res: MessageClass): grpc.MethodDefinition<object, object> {
  return {
    path,
    requestStream: false,
    responseStream: false,
    requestSerialize: (m: object) => Buffer.from(req.encode(m).finish()),
    requestDeserialize: (b: Buffer) => req.decode(b),
    responseSerialize: (m: object) => Buffer.from(res.encode(m).finish()),
    responseDeserialize: (b: Buffer) => res.decode(b),
  };
}

/** RPC name → [request, response] message classes of tfplugin6.Provider. */
const providerMethods: Record<string, [MessageClass, MessageClass]> = {
  GetMetadata: [tfplugin6.GetMetadata.Request, tfplugin6.GetMetadata.Response],
  GetProviderSchema: [tfplugin6.GetProviderSchema.Request, tfplugin6.GetProviderSchema.Response],
  ValidateProviderConfig: [tfplugin6.ValidateProviderConfig.Request, tfplugin6.ValidateProviderConfig.Response],
  ValidateResourceConfig: [tfplugin6.ValidateResourceConfig.Request, tfplugin6.ValidateResourceConfig.Response],
  ValidateDataResourceConfig: [tfplugin6.ValidateDataResourceConfig.Request, tfplugin6.ValidateDataResourceConfig.Response],
  UpgradeResourceState: [tfplugin6.UpgradeResourceState.Request, tfplugin6.UpgradeResourceState.Response],
  ConfigureProvider: [tfplugin6.ConfigureProvider.Request, tfplugin6.ConfigureProvider.Response],
  ReadResource: [tfplugin6.ReadResource.Request, tfplugin6.ReadResource.Response],
  PlanResourceChange: [tfplugin6.PlanResourceChange.Request, tfplugin6.PlanResourceChange.Response],
  ApplyResourceChange: [tfplugin6.ApplyResourceChange.Request, tfplugin6.ApplyResourceChange.Response],
  ImportResourceState: [tfplugin6.ImportResourceState.Request, tfplugin6.ImportResourceState.Response],
  ReadDataSource: [tfplugin6.ReadDataSource.Request, tfplugin6.ReadDataSource.Response],
  StopProvider: [tfplugin6.StopProvider.Request, tfplugin6.StopProvider.Response],
};

/** The tfplugin6.Provider service: definition plus grpc-js handlers that call `rpcs` (a promise per call). */
export function providerService(rpcs: () => Promise<Record<string, Unary>>): [grpc.ServiceDefinition, grpc.UntypedServiceImplementation] {
  const definition: Record<string, grpc.MethodDefinition<object, object>> = {};
  const impl: grpc.UntypedServiceImplementation = {};
  for (const [name, [req, res]] of Object.entries(providerMethods)) {
    definition[name] = unary(`/tfplugin6.Provider/${name}`, req, res);
    impl[name] = (call: grpc.ServerUnaryCall<object, object>, callback: grpc.sendUnaryData<object>) => {
      rpcs()
        .then((all) => all[name](call.request))
        .then((out) => callback(null, out), (err: Error) => callback(err));
    };
  }
  return [definition, impl];
}

/** plugin.GRPCController: Shutdown replies, then `onShutdown` runs. */
export function controllerService(onShutdown: () => void): [grpc.ServiceDefinition, grpc.UntypedServiceImplementation] {
  return [
    { Shutdown: { path: "/plugin.GRPCController/Shutdown", requestStream: false, responseStream: false, ...identity } },
    {
      Shutdown: (_call: grpc.ServerUnaryCall<object, object>, callback: grpc.sendUnaryData<object>) => {
        callback(null, {});
        setImmediate(onShutdown);
      },
    },
  ];
}

/** plugin.GRPCStdio: the stream stays open and idle (we never write to stdout/stderr through it). */
export function stdioService(): [grpc.ServiceDefinition, grpc.UntypedServiceImplementation] {
  return [
    { StreamStdio: { path: "/plugin.GRPCStdio/StreamStdio", requestStream: false, responseStream: true, ...identity } },
    {
      StreamStdio: (call: grpc.ServerWritableStream<object, object>) => {
        call.on("cancelled", () => call.end());
      },
    },
  ];
}

/** grpc.health.v1.Health: always SERVING (status = 1, encoded by hand: field 1 varint 1). */
export function healthService(): [grpc.ServiceDefinition, grpc.UntypedServiceImplementation] {
  const serving = Buffer.from([0x08, 0x01]);
  const method = (name: string, stream: boolean) => ({
    path: `/grpc.health.v1.Health/${name}`,
    requestStream: false,
    responseStream: stream,
    requestSerialize: () => empty,
    requestDeserialize: () => ({}),
    responseSerialize: () => serving,
    responseDeserialize: () => ({}),
  });
  return [
    { Check: method("Check", false), Watch: method("Watch", true) },
    {
      Check: (_call: grpc.ServerUnaryCall<object, object>, callback: grpc.sendUnaryData<object>) => callback(null, {}),
      Watch: (call: grpc.ServerWritableStream<object, object>) => {
        call.write({});
        call.on("cancelled", () => call.end());
      },
    },
  ];
}
