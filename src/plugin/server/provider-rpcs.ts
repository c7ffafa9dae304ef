import { decodeDynamicValue, encodeDynamicValue } from "../codec/dynamic-value";
import { diagnosticsToProto, pathToProto } from "../codec/diagnostics-proto";
import { decodeJsonValue, parseJsonDecimal } from "../codec/json";
import { schemaToProto } from "../codec/schema-proto";
import { ValueCodecError } from "../codec/value-error";
import { Diagnostics, providerBug } from "../framework/diagnostics";
import { schemaType } from "../framework/schema";
import { nullObject, walkValue } from "../framework/value-paths";
import { cloneValue, containsUnknown, isObjectValue, isUnknown, ObjectValue, Value } from "../framework/values";
import { tfplugin6 } from "../proto/messages";
import { applyResourceChange, fillUnknowns } from "./apply-resource";
import { planResourceChange } from "./plan-resource";
import type { ProviderServer } from "./provider-server";
import { validateAttributes } from "./validate-attributes";

/** Capabilities we announce: destroy plans go through modifyPlan, and Terraform may cache our schema. */
const capabilities: tfplugin6.IServerCapabilities = { planDestroy: true, getProviderSchemaOptional: true };

const asObject = (v: Value): ObjectValue | null => (isObjectValue(v) ? v : null);

/** The tfplugin6.Provider RPCs in protocol terms, each a thin adapter over the framework. Nothing here throws. */
export function providerRpcs(server: ProviderServer) {
  const signal = () => server.signal;
  return {
    async GetMetadata(): Promise<tfplugin6.GetMetadata.IResponse> {
      return guard(async () => ({
        serverCapabilities: capabilities,
        resources: [...server.resources().keys()].map((typeName) => ({ typeName })),
        dataSources: [...server.dataSources().keys()].map((typeName) => ({ typeName })),
      }));
    },

    async GetProviderSchema(): Promise<tfplugin6.GetProviderSchema.IResponse> {
      return guard(async () => {
        const resourceSchemas: Record<string, tfplugin6.ISchema> = {};
        for (const [name, e] of server.resources()) resourceSchemas[name] = schemaToProto(e.schema);
        const dataSourceSchemas: Record<string, tfplugin6.ISchema> = {};
        for (const [name, e] of server.dataSources()) dataSourceSchemas[name] = schemaToProto(e.schema);
        return { provider: schemaToProto(server.providerSchema), resourceSchemas, dataSourceSchemas, serverCapabilities: capabilities };
      });
    },

    async ValidateProviderConfig(req: tfplugin6.ValidateProviderConfig.IRequest): Promise<tfplugin6.ValidateProviderConfig.IResponse> {
      return guard(async (diagnostics) => {
        const config = asObject(decodeDynamicValue(req.config, server.providerType)) ?? nullObject(server.providerSchema);
        validateAttributes(server.providerSchema, config, diagnostics);
        if (!diagnostics.hasError()) await server.provider.validateConfig?.({ config, signal: signal() }, { diagnostics });
        return {};
      });
    },

    async ValidateResourceConfig(req: tfplugin6.ValidateResourceConfig.IRequest): Promise<tfplugin6.ValidateResourceConfig.IResponse> {
      return guard(async (diagnostics) => {
        const r = await server.resource(req.typeName ?? "", diagnostics, false);
        if (!r) return {};
        const config = asObject(decodeDynamicValue(req.config, r.entry.type)) ?? nullObject(r.entry.schema);
        validateAttributes(r.entry.schema, config, diagnostics);
        if (!diagnostics.hasError()) await r.instance.validateConfig?.({ config, signal: signal() }, { diagnostics });
        return {};
      });
    },

    async ValidateDataResourceConfig(req: tfplugin6.ValidateDataResourceConfig.IRequest): Promise<tfplugin6.ValidateDataResourceConfig.IResponse> {
      return guard(async (diagnostics) => {
        const d = await server.dataSource(req.typeName ?? "", diagnostics, false);
        if (!d) return {};
        const config = asObject(decodeDynamicValue(req.config, d.entry.type)) ?? nullObject(d.entry.schema);
        validateAttributes(d.entry.schema, config, diagnostics);
        if (!diagnostics.hasError()) await d.instance.validateConfig?.({ config, signal: signal() }, { diagnostics });
        return {};
      });
    },

    async ConfigureProvider(req: tfplugin6.ConfigureProvider.IRequest): Promise<tfplugin6.ConfigureProvider.IResponse> {
      return guard(async (diagnostics) => {
        const config = asObject(decodeDynamicValue(req.config, server.providerType)) ?? nullObject(server.providerSchema);
        const resp: { diagnostics: Diagnostics; providerData?: unknown } = { diagnostics };
        await server.provider.configure({ config, terraformVersion: req.terraformVersion ?? "", signal: signal() }, resp);
        server.setProviderData(resp.providerData);
        return {};
      });
    },

    async UpgradeResourceState(req: tfplugin6.UpgradeResourceState.IRequest): Promise<tfplugin6.UpgradeResourceState.IResponse> {
      return guard(async (diagnostics) => {
        const r = await server.resource(req.typeName ?? "", diagnostics);
        if (!r) return {};
        const json = req.rawState?.json;
        if (!json || json.length === 0) {
          if (req.rawState?.flatmap && Object.keys(req.rawState.flatmap).length > 0) {
            diagnostics.addError("Unsupported State Format", "This provider cannot read state in the legacy flatmap format.");
          }
          return { upgradedState: encodeDynamicValue(null, r.entry.type) };
        }
        const current = r.entry.schema.version ?? 0;
        const version = Number(req.version ?? 0);
        let state: Value;
        if (version === current || !r.instance.upgradeState) {
          if (version > current) {
            diagnostics.addError("State From A Newer Provider", `The stored state has schema version ${version}, newer than this provider's ${current}. Upgrade the provider.`);
            return {};
          }
          state = decodeJsonValue(json, r.entry.type);
        } else {
          const rawState = asObject(parseJsonDecimal(new TextDecoder().decode(json))) ?? {};
          const resp = { state: null as ObjectValue | null, diagnostics };
          await r.instance.upgradeState({ version, rawState, signal: signal() }, resp);
          if (diagnostics.hasError()) return {};
          state = resp.state === null ? null : conform(resp.state, r.entry.type);
        }
        return { upgradedState: encodeDynamicValue(state, r.entry.type) };
      });
    },

    async ReadResource(req: tfplugin6.ReadResource.IRequest): Promise<tfplugin6.ReadResource.IResponse> {
      return guard(async (diagnostics) => {
        const r = await server.resource(req.typeName ?? "", diagnostics);
        if (!r) return {};
        const prior = asObject(decodeDynamicValue(req.currentState, r.entry.type));
        if (prior === null || diagnostics.hasError()) return { newState: req.currentState, private: req.private };
        const resp = {
          state: cloneValue(prior) as ObjectValue | null,
          diagnostics,
          removeResource() {
            resp.state = null;
          },
        };
        await r.instance.read({ state: cloneValue(prior), signal: signal() }, resp);
        let state = resp.state;
        if (state !== null && containsUnknown(state)) {
          diagnostics.add(providerBug("Unknown Values After Read", `The resource's read left unknown values at ${unknownPaths(state)}.`));
          state = fillUnknowns(state, prior) as ObjectValue;
        }
        return { newState: encodeDynamicValue(state, r.entry.type), private: req.private };
      });
    },

    async PlanResourceChange(req: tfplugin6.PlanResourceChange.IRequest): Promise<tfplugin6.PlanResourceChange.IResponse> {
      return guard(async (diagnostics) => {
        const r = await server.resource(req.typeName ?? "", diagnostics);
        if (!r) return {};
        const t = r.entry.type;
        const out = await planResourceChange({
          schema: r.entry.schema,
          resource: r.instance,
          config: asObject(decodeDynamicValue(req.config, t)),
          prior: asObject(decodeDynamicValue(req.priorState, t)),
          proposed: asObject(decodeDynamicValue(req.proposedNewState, t)),
          signal: signal(),
          diagnostics,
        });
        return {
          plannedState: encodeDynamicValue(out.planned, t),
          requiresReplace: out.requiresReplace.map(pathToProto),
          plannedPrivate: req.priorPrivate,
        };
      });
    },

    async ApplyResourceChange(req: tfplugin6.ApplyResourceChange.IRequest): Promise<tfplugin6.ApplyResourceChange.IResponse> {
      return guard(async (diagnostics) => {
        const r = await server.resource(req.typeName ?? "", diagnostics);
        if (!r) return {};
        const t = r.entry.type;
        const prior = asObject(decodeDynamicValue(req.priorState, t));
        if (diagnostics.hasError()) return { newState: encodeDynamicValue(prior, t) };
        const newState = await applyResourceChange({
          resource: r.instance,
          config: asObject(decodeDynamicValue(req.config, t)),
          prior,
          planned: asObject(decodeDynamicValue(req.plannedState, t)),
          signal: signal(),
          diagnostics,
        });
        return { newState: encodeDynamicValue(newState, t), private: req.plannedPrivate };
      });
    },

    async ImportResourceState(req: tfplugin6.ImportResourceState.IRequest): Promise<tfplugin6.ImportResourceState.IResponse> {
      return guard(async (diagnostics) => {
        const r = await server.resource(req.typeName ?? "", diagnostics);
        if (!r) return {};
        if (!r.instance.importState) {
          diagnostics.addError("Resource Import Not Implemented", `The resource type ${req.typeName} does not support import.`);
          return {};
        }
        const resp = { state: nullObject(r.entry.schema), diagnostics };
        await r.instance.importState({ id: req.id ?? "", signal: signal() }, resp);
        if (diagnostics.hasError()) return {};
        if (containsUnknown(resp.state)) {
          diagnostics.add(providerBug("Unknown Values After Import", `The resource's import left unknown values at ${unknownPaths(resp.state)}.`));
          return {};
        }
        const state = conform(resp.state, r.entry.type);
        return { importedResources: [{ typeName: req.typeName, state: encodeDynamicValue(state, r.entry.type) }] };
      });
    },

    async ReadDataSource(req: tfplugin6.ReadDataSource.IRequest): Promise<tfplugin6.ReadDataSource.IResponse> {
      return guard(async (diagnostics) => {
        const d = await server.dataSource(req.typeName ?? "", diagnostics);
        if (!d) return {};
        const config = asObject(decodeDynamicValue(req.config, d.entry.type)) ?? nullObject(d.entry.schema);
        const resp = { state: cloneValue(config), diagnostics };
        await d.instance.read({ config, signal: signal() }, resp);
        if (diagnostics.hasError()) return {};
        if (containsUnknown(resp.state)) {
          diagnostics.add(providerBug("Unknown Values After Read", `The data source left unknown values at ${unknownPaths(resp.state)}.`));
          return {};
        }
        return { state: encodeDynamicValue(resp.state, d.entry.type) };
      });
    },

    async StopProvider(): Promise<tfplugin6.StopProvider.IResponse> {
      server.stop();
      return {};
    },
  };
}

/** Runs an RPC body with fresh diagnostics; a thrown error becomes an error diagnostic, never a gRPC failure. */
async function guard<T extends object>(body: (d: Diagnostics) => Promise<T>): Promise<T & { diagnostics: tfplugin6.IDiagnostic[] }> {
  const diagnostics = new Diagnostics();
  let res: T;
  try {
    res = await body(diagnostics);
  } catch (err) {
    if (err instanceof ValueCodecError && err.unsupported) diagnostics.addAttributeError(err.path, "Unsupported Value", `${err.reason[0].toUpperCase()}${err.reason.slice(1)}.`);
    else diagnostics.add(providerBug("Unexpected Provider Error", err instanceof Error ? err.message : String(err)));
    res = {} as T;
  }
  return { ...res, diagnostics: diagnosticsToProto(diagnostics) };
}

/** Brings a resource-produced object to its schema type: missing attributes null, extra ones dropped. */
function conform(v: ObjectValue, type: ReturnType<typeof schemaType>): Value {
  return decodeJsonValue(JSON.stringify(v, (_k, x: unknown) => (isUnknown(x) ? null : typeof x === "bigint" ? x.toString() : x)), type);
}

function unknownPaths(v: Value): string {
  const paths: string[] = [];
  walkValue(v, (x, p) => {
    if (isUnknown(x)) paths.push(p.toString());
  });
  return paths.join(", ");
}
