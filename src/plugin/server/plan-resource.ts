import { Diagnostics, providerBug } from "../framework/diagnostics";
import { AttributePath } from "../framework/path";
import type { Resource } from "../framework/resource";
import type { Awaitable } from "../framework/awaitable";
import type { PlanModifier } from "../framework/plan-modifiers";
import { Attribute, isNestedAttribute, Schema } from "../framework/schema";
import { cloneValue, isObjectValue, isUnknown, ObjectValue, setsEqual, unknown, Value, valuesEqual } from "../framework/values";

/** PlanResourceChange in framework terms. `proposed` and `config` are null on destroy, `prior` on create. */
export interface PlanInput {
  readonly schema: Schema;
  readonly resource: Resource;
  readonly config: ObjectValue | null;
  readonly prior: ObjectValue | null;
  readonly proposed: ObjectValue | null;
  readonly signal: AbortSignal;
  readonly diagnostics: Diagnostics;
}

export interface PlanOutput {
  readonly planned: ObjectValue | null;
  readonly requiresReplace: AttributePath[];
}

/**
 * Plans a change the way terraform-plugin-framework does: defaults for null optional+computed attributes;
 * if anything changes, computed attributes the config leaves null become unknown; then attribute plan
 * modifiers (outer before nested) and the resource's own modifyPlan.
 */
export async function planResourceChange(input: PlanInput): Promise<PlanOutput> {
  const { schema, resource, config, prior, proposed, signal, diagnostics } = input;
  if (proposed === null || config === null) {
    if (resource.modifyPlan) {
      const resp = { plan: null as ObjectValue | null, requiresReplace: [] as AttributePath[], diagnostics };
      await resource.modifyPlan({ config: null, state: prior, plan: null, signal }, resp);
    }
    return { planned: null, requiresReplace: [] };
  }
  const plan = cloneValue(proposed);
  applyDefaults(schema.attributes, config, plan, AttributePath.empty);
  if (prior === null || !valuesEqual(plan, prior)) markComputedUnknown(schema.attributes, config, plan);
  const requiresReplace: AttributePath[] = [];
  const ctx: ModifierContext = { config, prior, plan, signal, diagnostics, requiresReplace };
  await runModifiers(schema.attributes, config, prior, plan, AttributePath.empty, ctx);
  if (diagnostics.hasError()) return { planned: plan, requiresReplace };
  let planned: ObjectValue | null = plan;
  if (resource.modifyPlan) {
    const resp = { plan: planned as ObjectValue | null, requiresReplace: [] as AttributePath[], diagnostics };
    await resource.modifyPlan({ config, state: prior, plan: cloneValue(plan), signal }, resp);
    planned = resp.plan;
    requiresReplace.push(...resp.requiresReplace);
  }
  if (planned !== null) checkConformance(schema.attributes, config, planned, AttributePath.empty, diagnostics);
  return { planned, requiresReplace: dedupe(requiresReplace) };
}

/** Non-computed attributes must be planned exactly as configured; a resource that changes one has a bug. */
function checkConformance(attrs: Readonly<Record<string, Attribute>>, config: ObjectValue, plan: ObjectValue, base: AttributePath, diagnostics: Diagnostics): void {
  for (const [name, a] of Object.entries(attrs)) {
    const path = child(base, name);
    const cfg = config[name] ?? null;
    const pl = plan[name] ?? null;
    if (isNestedAttribute(a) && !a.computed && cfg !== null && pl !== null && !isUnknown(cfg) && !isUnknown(pl)) {
      if (a.kind !== "set_nested") eachPair(a, cfg, pl, path, (c, p: ObjectValue | null, at) => p && checkConformance(a.attributes, c, p, at, diagnostics));
      continue;
    }
    const same = a.kind === "set" && Array.isArray(cfg) && Array.isArray(pl) ? setsEqual(cfg, pl) : valuesEqual(cfg, pl);
    if (!a.computed && !same) {
      diagnostics.add(
        providerBug("Invalid Plan", `The plan for ${path.toString()} differs from its configured value, but only computed attributes may be changed by the provider.`),
      );
    }
  }
}

function applyDefaults(attrs: Readonly<Record<string, Attribute>>, config: ObjectValue, plan: ObjectValue, base: AttributePath): void {
  for (const [name, a] of Object.entries(attrs)) {
    const cfg = config[name] ?? null;
    const path = child(base, name);
    if (cfg === null) {
      if (a.default && a.computed) plan[name] = a.default.defaultValue({ path });
      continue;
    }
    if (isNestedAttribute(a)) eachPair(a, cfg, plan[name] ?? null, path, (c, p: ObjectValue | null, at) => p && applyDefaults(a.attributes, c, p, at));
  }
}

function markComputedUnknown(attrs: Readonly<Record<string, Attribute>>, config: ObjectValue, plan: ObjectValue): void {
  for (const [name, a] of Object.entries(attrs)) {
    const cfg = config[name] ?? null;
    if (cfg === null) {
      if (a.computed && !a.default) plan[name] = unknown;
      continue;
    }
    if (isNestedAttribute(a)) eachPair(a, cfg, plan[name] ?? null, AttributePath.empty, (c, p: ObjectValue | null) => p && markComputedUnknown(a.attributes, c, p));
  }
}

interface ModifierContext {
  readonly config: ObjectValue;
  readonly prior: ObjectValue | null;
  readonly plan: ObjectValue;
  readonly signal: AbortSignal;
  readonly diagnostics: Diagnostics;
  readonly requiresReplace: AttributePath[];
}

/**
 * Runs the attribute plan modifiers, outer attributes before nested ones, in order. Synchronous modifiers run
 * synchronously (no promise or microtask per attribute); the walk continues asynchronously only after a modifier
 * that returns a promise.
 */
function runModifiers(
  attrs: Readonly<Record<string, Attribute>>,
  config: ObjectValue | null,
  state: ObjectValue | null,
  plan: ObjectValue,
  base: AttributePath,
  ctx: ModifierContext,
): Awaitable<void> {
  return inOrder(Object.keys(attrs), (name) => {
    const a = attrs[name];
    const path = child(base, name);
    const configValue = config?.[name] ?? null;
    const stateValue = state?.[name] ?? null;
    const resp = { planValue: plan[name] ?? null, requiresReplace: false, diagnostics: ctx.diagnostics };
    const modify = (m: PlanModifier) => {
      resp.requiresReplace = false;
      const planValue = resp.planValue;
      const done = () => void (resp.requiresReplace && ctx.requiresReplace.push(path));
      const r = m.modify({ path, configValue, stateValue, planValue, config: ctx.config, state: ctx.prior, plan: ctx.plan, signal: ctx.signal }, resp);
      return isPromise(r) ? r.then(done) : done();
    };
    return then(inOrder(a.planModifiers ?? [], modify), () => {
      const planValue = (plan[name] = resp.planValue);
      if (!isNestedAttribute(a) || planValue === null || isUnknown(planValue)) return;
      const nested: Array<[ObjectValue, ObjectValue | null, AttributePath]> = [];
      eachPair(a, planValue, configValue, path, (p, c: ObjectValue | null, at) => nested.push([p, c, at]));
      return inOrder(nested, ([p, c, at]) => runModifiers(a.attributes, c, stateElement(a, stateValue, at, p), p, at, ctx));
    });
  });
}

/** Calls `fn` on each item in turn: synchronously while it returns nothing, waiting for each promise it returns. */
function inOrder<T>(items: readonly T[], fn: (item: T) => Awaitable<void>, from = 0): Awaitable<void> {
  for (let i = from; i < items.length; i++) {
    const r = fn(items[i]);
    if (isPromise(r)) return r.then(() => inOrder(items, fn, i + 1));
  }
}

function then(r: Awaitable<void>, next: () => Awaitable<void>): Awaitable<void> {
  return isPromise(r) ? r.then(next) : next();
}

function isPromise(r: unknown): r is Promise<void> {
  return typeof (r as Promise<void> | undefined)?.then === "function";
}

/** The prior-state object matching a planned nested object: same index, same key, or an equal set element. */
function stateElement(a: Attribute, stateValue: Value, at: AttributePath, planned: ObjectValue): ObjectValue | null {
  if (stateValue === null || isUnknown(stateValue)) return null;
  const last = at.steps[at.steps.length - 1];
  if (a.kind === "single_nested") return isObjectValue(stateValue) ? stateValue : null;
  if (a.kind === "map_nested") return isObjectValue(stateValue) && last && "mapKey" in last ? asObject(stateValue[last.mapKey]) : null;
  if (!Array.isArray(stateValue)) return null;
  if (a.kind === "set_nested") return asObject(stateValue.find((s) => valuesEqual(s, planned)) ?? null);
  return last && "listIndex" in last ? asObject(stateValue[last.listIndex] ?? null) : null;
}

function asObject(v: Value | undefined): ObjectValue | null {
  return v !== undefined && isObjectValue(v) ? v : null;
}

/**
 * Walks the nested objects of two values of one nested attribute side by side (by index or key),
 * calling `fn(left, right, path)`; `left` must be an object, `right` may be null.
 */
function eachPair<R extends ObjectValue | null>(
  a: Attribute,
  left: Value,
  right: Value,
  path: AttributePath,
  fn: (l: ObjectValue, r: R, at: AttributePath) => void,
): void {
  const pick = (v: Value | undefined) => (v !== undefined && isObjectValue(v) ? v : null) as R;
  if (a.kind === "single_nested") {
    if (isObjectValue(left)) fn(left, pick(right), path);
  } else if (a.kind === "list_nested" || a.kind === "set_nested") {
    if (Array.isArray(left)) left.forEach((l, i) => isObjectValue(l) && fn(l, pick(Array.isArray(right) ? right[i] : null), path.listIndex(i)));
  } else if (a.kind === "map_nested" && isObjectValue(left)) {
    for (const [k, l] of Object.entries(left)) if (isObjectValue(l)) fn(l, pick(isObjectValue(right) ? right[k] : null), path.mapKey(k));
  }
}

function child(base: AttributePath, name: string): AttributePath {
  return base.isEmpty() ? AttributePath.root(name) : base.attr(name);
}

function dedupe(paths: AttributePath[]): AttributePath[] {
  const seen = new Set<string>();
  return paths.filter((p) => !seen.has(p.toString()) && seen.add(p.toString()));
}
