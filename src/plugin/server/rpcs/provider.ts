import { schemaToProto } from "../../codec/schema-proto";
import type { Diagnostics } from "../../framework/diagnostics";
import { nullObject } from "../../framework/value-paths";
import type { tfplugin6 } from "../../proto/messages";
import type { ProviderServer } from "../provider-server";
import { capabilities, decodeObject, guard } from "./common";

type Rpc<Req, Resp> = (server: ProviderServer) => (req: Req) => Promise<Resp>;

/** GetMetadata: the type names, without building any schema. */
export const getMetadata: Rpc<tfplugin6.GetMetadata.IRequest, tfplugin6.GetMetadata.IResponse> = (server) => () =>
  guard(async () => ({
    serverCapabilities: capabilities,
    resources: [...server.resources().keys()].map((typeName) => ({ typeName })),
    dataSources: [...server.dataSources().keys()].map((typeName) => ({ typeName })),
  }));

/** GetProviderSchema: the provider's, every resource's and every data source's schema. */
export const getProviderSchema: Rpc<tfplugin6.GetProviderSchema.IRequest, tfplugin6.GetProviderSchema.IResponse> = (server) => () =>
  guard(async () => {
    const resourceSchemas: Record<string, tfplugin6.ISchema> = {};
    for (const [name, e] of server.resources()) resourceSchemas[name] = schemaToProto(e.schema);
    const dataSourceSchemas: Record<string, tfplugin6.ISchema> = {};
    for (const [name, e] of server.dataSources()) dataSourceSchemas[name] = schemaToProto(e.schema);
    return { provider: schemaToProto(server.providerSchema), resourceSchemas, dataSourceSchemas, serverCapabilities: capabilities };
  });

/** ConfigureProvider: the provider builds its data (e.g. an API client) for the resources that follow. */
export const configureProvider: Rpc<tfplugin6.ConfigureProvider.IRequest, tfplugin6.ConfigureProvider.IResponse> = (server) => (req) =>
  guard(async (diagnostics) => {
    const config = decodeObject(req.config, server.providerType) ?? nullObject(server.providerSchema);
    const resp: { diagnostics: Diagnostics; providerData?: unknown } = { diagnostics };
    await server.provider.configure({ config, terraformVersion: req.terraformVersion ?? "", signal: server.signal }, resp);
    server.setProviderData(resp.providerData);
    return {};
  });

/** StopProvider: aborts the signal every request carries. */
export const stopProvider: Rpc<tfplugin6.StopProvider.IRequest, tfplugin6.StopProvider.IResponse> = (server) => async () => {
  server.stop();
  return {};
};
