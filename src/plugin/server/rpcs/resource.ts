import { encodeDynamicValue } from "../../codec/dynamic-value";
import { pathToProto } from "../../codec/diagnostics-proto";
import { decodeJsonValue, parseJsonDecimal } from "../../codec/json";
import type { tfplugin6 } from "../../proto/messages";
import { applyResourceChange } from "../apply-resource";
import { importResource } from "../import-resource";
import { planResourceChange } from "../plan-resource";
import type { ProviderServer } from "../provider-server";
import { readResource as readState } from "../read-resource";
import { upgradeResource } from "../upgrade-resource";
import { decodeObject, guard, sameBytes, unchanged } from "./common";

type Rpc<Req, Resp> = (server: ProviderServer) => (req: Req) => Promise<Resp>;

/** UpgradeResourceState: raw stored JSON in, a value of the current schema out. */
export const upgradeResourceState: Rpc<tfplugin6.UpgradeResourceState.IRequest, tfplugin6.UpgradeResourceState.IResponse> = (server) => (req) =>
  guard(async (diagnostics) => {
    const r = await server.resource(req.typeName ?? "", diagnostics);
    if (!r) return {};
    const json = req.rawState?.json?.length ? new TextDecoder().decode(req.rawState.json) : undefined;
    const stored = { version: Number(req.version ?? 0), json, hasFlatmap: Object.keys(req.rawState?.flatmap ?? {}).length > 0 };
    const parse = { typed: (s: string) => decodeJsonValue(s, r.entry.type), untyped: parseJsonDecimal };
    const state = await upgradeResource(r.entry, r.instance, stored, parse, server.signal, diagnostics);
    return state === undefined ? {} : { upgradedState: encodeDynamicValue(state, r.entry.type) };
  });

/** ReadResource: the refreshed state (the stored one untouched when it cannot be read). */
export const readResource: Rpc<tfplugin6.ReadResource.IRequest, tfplugin6.ReadResource.IResponse> = (server) => (req) =>
  guard(async (diagnostics) => {
    const r = await server.resource(req.typeName ?? "", diagnostics);
    if (!r) return {};
    const prior = decodeObject(req.currentState, r.entry.type);
    if (prior === null || diagnostics.hasError()) return { newState: req.currentState, private: req.private };
    const state = await readState(r.instance, prior, server.signal, diagnostics);
    return { newState: encodeDynamicValue(state, r.entry.type), private: req.private };
  });

/** PlanResourceChange: the planned state and the attributes whose change replaces the object. */
export const planResourceChangeRpc: Rpc<tfplugin6.PlanResourceChange.IRequest, tfplugin6.PlanResourceChange.IResponse> = (server) => (req) =>
  guard(async (diagnostics) => {
    const r = await server.resource(req.typeName ?? "", diagnostics);
    if (!r) return {};
    const t = r.entry.type;
    const prior = decodeObject(req.priorState, t);
    // An unchanged object's proposed state is its prior state, byte for byte: decoded once (the plan never changes either).
    const proposed = sameBytes(req.proposedNewState, req.priorState) ? prior : decodeObject(req.proposedNewState, t);
    const config = decodeObject(req.config, t);
    const out = await planResourceChange({ schema: r.entry.schema, resource: r.instance, config, prior, proposed, signal: server.signal, diagnostics });
    const plannedState = unchanged(out.planned, prior) ? req.priorState : encodeDynamicValue(out.planned, t);
    return { plannedState, requiresReplace: out.requiresReplace.map(pathToProto), plannedPrivate: req.priorPrivate };
  });

/** ApplyResourceChange: create, update or delete, and the state reached. */
export const applyResourceChangeRpc: Rpc<tfplugin6.ApplyResourceChange.IRequest, tfplugin6.ApplyResourceChange.IResponse> = (server) => (req) =>
  guard(async (diagnostics) => {
    const r = await server.resource(req.typeName ?? "", diagnostics);
    if (!r) return {};
    const t = r.entry.type;
    const prior = decodeObject(req.priorState, t);
    if (diagnostics.hasError()) return { newState: encodeDynamicValue(prior, t) };
    const input = { resource: r.instance, prior, signal: server.signal, diagnostics };
    const newState = await applyResourceChange({ ...input, config: decodeObject(req.config, t), planned: decodeObject(req.plannedState, t) });
    return { newState: encodeDynamicValue(newState, t), private: req.plannedPrivate };
  });

/** ImportResourceState: the state `read` then completes. */
export const importResourceState: Rpc<tfplugin6.ImportResourceState.IRequest, tfplugin6.ImportResourceState.IResponse> = (server) => (req) =>
  guard(async (diagnostics) => {
    const r = await server.resource(req.typeName ?? "", diagnostics);
    if (!r) return {};
    const state = await importResource(r.entry, r.instance, req.id ?? "", server.signal, diagnostics);
    if (state === undefined) return {};
    return { importedResources: [{ typeName: req.typeName, state: encodeDynamicValue(state, r.entry.type) }] };
  });
