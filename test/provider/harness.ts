/**
 * Drives the provider's resources directly (no terraform) against the local server: configures the
 * provider, plans with the framework's real planner, and collects diagnostics.
 */
import { Attribute, Diagnostics, isObjectValue, ObjectValue, Resource, Value } from "../../src/plugin";
import { planResourceChange } from "../../src/plugin/server/plan-resource";
import { SmartEnrollProvider } from "../../src/provider/provider";
import { startTestServer, type TestServer } from "../support/server";

type Attrs = Readonly<Record<string, Attribute>>;

/** A configured provider and a fresh local server. */
export interface Harness {
  server: TestServer;
  providerData: unknown;
  resource<R extends Resource>(make: () => R): R;
  close(): Promise<void>;
}

export async function startHarness(opts: { rateLimits?: boolean } = {}): Promise<Harness> {
  const server = await startTestServer({ rateLimits: opts.rateLimits });
  const provider = new SmartEnrollProvider("0.0.0-test", {});
  const diagnostics = new Diagnostics();
  const resp: { diagnostics: Diagnostics; providerData?: unknown } = { diagnostics };
  await provider.configure(
    { config: { token: server.token, base_url: server.url, environment: null, max_retries: 2, request_timeout_seconds: 5 }, terraformVersion: "1.11.4", signal: new AbortController().signal },
    resp,
  );
  if (diagnostics.hasError()) throw new Error(JSON.stringify(diagnostics.toArray()));
  return {
    server,
    providerData: resp.providerData,
    resource(make) {
      const r = make();
      r.configure?.({ providerData: resp.providerData }, { diagnostics: new Diagnostics() });
      return r;
    },
    close: () => server.close(),
  };
}

/** A config value for `attributes`: every attribute present, null when not given. */
export function configOf(attributes: Attrs, given: Record<string, unknown>): ObjectValue {
  const out: ObjectValue = {};
  for (const [name, a] of Object.entries(attributes)) {
    const v = (given[name] ?? null) as Value;
    if ("attributes" in a && a.attributes && v !== null) {
      if (a.kind === "single_nested" && isObjectValue(v)) out[name] = configOf(a.attributes, v);
      else if (Array.isArray(v)) out[name] = v.map((x) => (isObjectValue(x) ? configOf(a.attributes, x) : x));
      else out[name] = v;
    } else out[name] = v;
  }
  return out;
}

/**
 * Terraform core's proposed new state: the config, with the prior value of each computed attribute the config
 * leaves null (nested objects recursively, list elements by index).
 */
export function proposedNew(attributes: Attrs, config: ObjectValue, prior: ObjectValue | undefined): ObjectValue {
  const out: ObjectValue = {};
  for (const [name, a] of Object.entries(attributes)) {
    const c = config[name] ?? null;
    const p = prior?.[name] ?? null;
    if (c === null) out[name] = a.computed ? p : null;
    else if (a.kind === "single_nested" && isObjectValue(c)) out[name] = proposedNew(a.attributes, c, isObjectValue(p) ? p : undefined);
    else if ((a.kind === "list_nested" || a.kind === "set_nested") && Array.isArray(c))
      out[name] = c.map((x, i) => (isObjectValue(x) ? proposedNew(a.attributes, x, Array.isArray(p) && isObjectValue(p[i]) ? (p[i] as ObjectValue) : undefined) : x));
    else out[name] = c;
  }
  return out;
}

/** Plans with the provider framework's own planner (defaults, unknowns, plan modifiers, modifyPlan), from Terraform's proposed new state. */
export async function plan(r: Resource, config: ObjectValue, prior?: ObjectValue): Promise<{ plan: ObjectValue; diagnostics: Diagnostics }> {
  const schema = r.schema();
  const diagnostics = new Diagnostics();
  const proposed = proposedNew(schema.attributes, config, prior);
  const out = await planResourceChange({ schema, resource: r, config, prior: prior ?? null, proposed, signal: new AbortController().signal, diagnostics });
  return { plan: out.planned!, diagnostics };
}

const signal = () => new AbortController().signal;

/** Runs create; throws on error diagnostics unless `allowErrors`. */
export async function create(r: Resource, config: ObjectValue, planned: ObjectValue, allowErrors = false) {
  const resp = { state: { ...planned } as ObjectValue | null, diagnostics: new Diagnostics() };
  await r.create({ config, plan: planned, signal: signal() }, resp);
  if (!allowErrors && resp.diagnostics.hasError()) throw new Error(JSON.stringify(resp.diagnostics.toArray()));
  return resp;
}

export async function read(r: Resource, state: ObjectValue) {
  let removed = false;
  const resp = { state: { ...state } as ObjectValue | null, diagnostics: new Diagnostics(), removeResource: () => void (removed = true) };
  await r.read({ state, signal: signal() }, resp);
  return { ...resp, removed };
}

export async function update(r: Resource, config: ObjectValue, planned: ObjectValue, prior: ObjectValue, allowErrors = false) {
  const resp = { state: { ...planned } as ObjectValue | null, diagnostics: new Diagnostics() };
  await r.update({ config, plan: planned, state: prior, signal: signal() }, resp);
  if (!allowErrors && resp.diagnostics.hasError()) throw new Error(JSON.stringify(resp.diagnostics.toArray()));
  return resp;
}

export async function destroy(r: Resource, state: ObjectValue) {
  const resp = { diagnostics: new Diagnostics() };
  await r.delete({ state, signal: signal() }, resp);
  return resp;
}

export async function validate(r: Resource, config: ObjectValue) {
  const resp = { diagnostics: new Diagnostics() };
  await r.validateConfig?.({ config, signal: signal() }, resp);
  return resp.diagnostics;
}
