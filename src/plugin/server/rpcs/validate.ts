import { nullObject } from "../../framework/value-paths";
import type { tfplugin6 } from "../../proto/messages";
import type { ProviderServer } from "../provider-server";
import { validateConfig } from "../validate-config";
import { decodeObject, guard } from "./common";

type Rpc<Req, Resp> = (server: ProviderServer) => (req: Req) => Promise<Resp>;

/** ValidateProviderConfig: the provider block's validators and the provider's own check. */
export const validateProviderConfig: Rpc<tfplugin6.ValidateProviderConfig.IRequest, tfplugin6.ValidateProviderConfig.IResponse> = (server) => (req) =>
  guard(async (diagnostics) => {
    const config = decodeObject(req.config, server.providerType) ?? nullObject(server.providerSchema);
    await validateConfig(server.providerSchema, config, server.provider, server.signal, diagnostics);
    return {};
  });

/** ValidateResourceConfig: a resource block's validators and the resource's own check (not configured). */
export const validateResourceConfig: Rpc<tfplugin6.ValidateResourceConfig.IRequest, tfplugin6.ValidateResourceConfig.IResponse> = (server) => (req) =>
  guard(async (diagnostics) => {
    const r = await server.resource(req.typeName ?? "", diagnostics, false);
    if (!r) return {};
    const config = decodeObject(req.config, r.entry.type) ?? nullObject(r.entry.schema);
    await validateConfig(r.entry.schema, config, r.instance, server.signal, diagnostics);
    return {};
  });

/** ValidateDataResourceConfig: a data block's validators and the data source's own check (not configured). */
export const validateDataResourceConfig: Rpc<tfplugin6.ValidateDataResourceConfig.IRequest, tfplugin6.ValidateDataResourceConfig.IResponse> = (server) => (req) =>
  guard(async (diagnostics) => {
    const d = await server.dataSource(req.typeName ?? "", diagnostics, false);
    if (!d) return {};
    const config = decodeObject(req.config, d.entry.type) ?? nullObject(d.entry.schema);
    await validateConfig(d.entry.schema, config, d.instance, server.signal, diagnostics);
    return {};
  });
