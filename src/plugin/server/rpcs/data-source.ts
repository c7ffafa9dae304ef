import { encodeDynamicValue } from "../../codec/dynamic-value";
import { nullObject } from "../../framework/value-paths";
import type { tfplugin6 } from "../../proto/messages";
import type { ProviderServer } from "../provider-server";
import { readDataSource as readData } from "../read-data-source";
import { decodeObject, guard } from "./common";

/** ReadDataSource: the data source's computed attributes. */
export const readDataSource = (server: ProviderServer) => (req: tfplugin6.ReadDataSource.IRequest): Promise<tfplugin6.ReadDataSource.IResponse> =>
  guard(async (diagnostics) => {
    const d = await server.dataSource(req.typeName ?? "", diagnostics);
    if (!d) return {};
    const config = decodeObject(req.config, d.entry.type) ?? nullObject(d.entry.schema);
    const state = await readData(d.instance, config, server.signal, diagnostics);
    return state === undefined ? {} : { state: encodeDynamicValue(state, d.entry.type) };
  });
