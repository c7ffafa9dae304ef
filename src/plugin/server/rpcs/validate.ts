import type { Diagnostics } from "../../framework/diagnostics";
import type { Schema } from "../../framework/schema";
import type { TfType } from "../../framework/types";
import { nullObject } from "../../framework/value-paths";
import type { tfplugin6 } from "../../proto/messages";
import type { ProviderServer } from "../provider-server";
import { validateConfig, type ConfigValidator } from "../validate-config";
import { decodeObject, guard } from "./common";

type Rpc<Req, Resp> = (server: ProviderServer) => (req: Req) => Promise<Resp>;

/** Decodes a block's config (a null object when absent) and runs its validators and the owner's own check. */
async function validateBlock(
  server: ProviderServer,
  raw: tfplugin6.IDynamicValue | null | undefined,
  entry: { type: TfType; schema: Schema },
  owner: ConfigValidator,
  diagnostics: Diagnostics,
): Promise<Record<string, never>> {
  await validateConfig(entry.schema, decodeObject(raw, entry.type) ?? nullObject(entry.schema), owner, server.signal, diagnostics);
  return {};
}

/** ValidateProviderConfig: the provider block's validators and the provider's own check. */
export const validateProviderConfig: Rpc<tfplugin6.ValidateProviderConfig.IRequest, tfplugin6.ValidateProviderConfig.IResponse> = (server) => (req) =>
  guard((diagnostics) =>
    validateBlock(server, req.config, { type: server.providerType, schema: server.providerSchema }, server.provider, diagnostics),
  );

/** ValidateResourceConfig: a resource block's validators and the resource's own check (not configured). */
export const validateResourceConfig: Rpc<tfplugin6.ValidateResourceConfig.IRequest, tfplugin6.ValidateResourceConfig.IResponse> = (server) => (req) =>
  guard(async (diagnostics) => {
    const r = await server.resource(req.typeName ?? "", diagnostics, false);
    if (!r) return {};
    return validateBlock(server, req.config, r.entry, r.instance, diagnostics);
  });

/** ValidateDataResourceConfig: a data block's validators and the data source's own check (not configured). */
export const validateDataResourceConfig: Rpc<tfplugin6.ValidateDataResourceConfig.IRequest, tfplugin6.ValidateDataResourceConfig.IResponse> = (server) => (req) =>
  guard(async (diagnostics) => {
    const d = await server.dataSource(req.typeName ?? "", diagnostics, false);
    if (!d) return {};
    return validateBlock(server, req.config, d.entry, d.instance, diagnostics);
  });
