import {
  AttributePath,
  Diagnostics,
  isUnknown,
  ObjectValue,
  requiresReplace,
  requiresReplaceIf,
  Resource,
  Schema,
  stringDefault,
  unknown,
  useStateForUnknown,
  boolDefault,
  PlanModifier,
} from "../../../src/plugin";
import { planResourceChange } from "../../../src/plugin/server/plan-resource";

const schema: Schema = {
  attributes: {
    id: { kind: "string", computed: true, planModifiers: [useStateForUnknown()] },
    name: { kind: "string", required: true },
    kind: { kind: "string", optional: true, planModifiers: [requiresReplace()] },
    size: {
      kind: "string",
      optional: true,
      planModifiers: [requiresReplaceIf((req) => req.planValue === "big", "Replaces when growing to big.")],
    },
    mode: { kind: "string", optional: true, computed: true, default: stringDefault("standard") },
    revision: { kind: "number", computed: true },
    settings: {
      kind: "single_nested",
      optional: true,
      attributes: { color: { kind: "string", required: true }, enabled: { kind: "bool", optional: true, computed: true, default: boolDefault(true) }, etag: { kind: "string", computed: true } },
    },
    rules: { kind: "list_nested", optional: true, attributes: { name: { kind: "string", required: true }, uid: { kind: "string", computed: true, planModifiers: [useStateForUnknown()] } } },
  },
};

const nothing = { create() {}, read() {}, update() {}, delete() {}, metadata: () => ({ typeName: "t" }), schema: () => schema } as Resource;

function obj(v: Partial<ObjectValue>): ObjectValue {
  return { id: null, name: null, kind: null, size: null, mode: null, revision: null, settings: null, rules: null, ...v } as ObjectValue;
}

async function plan(config: ObjectValue | null, prior: ObjectValue | null, proposed: ObjectValue | null, resource: Resource = nothing) {
  const diagnostics = new Diagnostics();
  const out = await planResourceChange({ schema, resource, config, prior, proposed, signal: new AbortController().signal, diagnostics });
  return { ...out, diagnostics, replace: out.requiresReplace.map((p) => p.toString()) };
}

describe("planning a resource change", () => {
  test("create: computed attributes unknown, defaults applied, config kept", async () => {
    const config = obj({ name: "a", settings: { color: "red", enabled: null, etag: null } });
    const { planned, replace } = await plan(config, null, config);
    expect(planned!.name).toBe("a");
    expect(isUnknown(planned!.id)).toBe(true);
    expect(isUnknown(planned!.revision)).toBe(true);
    expect(planned!.mode).toBe("standard");
    expect((planned!.settings as ObjectValue).enabled).toBe(true);
    expect(isUnknown((planned!.settings as ObjectValue).etag)).toBe(true);
    expect(replace).toEqual([]);
  });

  const prior = obj({ id: "x1", name: "a", kind: "k", size: "small", mode: "standard", revision: 3, rules: [{ name: "r", uid: "u1" }] });

  test("no change: the plan is the prior state (computed values stay known)", async () => {
    const config = obj({ name: "a", kind: "k", size: "small", rules: [{ name: "r", uid: null }] });
    const proposed = { ...prior };
    const { planned } = await plan(config, prior, proposed);
    expect(planned).toEqual(prior);
  });

  test("update: useStateForUnknown keeps id and nested uid, other computed become unknown", async () => {
    const config = obj({ name: "b", kind: "k", size: "small", rules: [{ name: "r", uid: null }] });
    const proposed = { ...prior, name: "b" };
    const { planned, replace } = await plan(config, prior, proposed);
    expect(planned!.id).toBe("x1");
    expect((planned!.rules as ObjectValue[])[0].uid).toBe("u1");
    expect(isUnknown(planned!.revision)).toBe(true);
    expect(replace).toEqual([]);
  });

  test("requiresReplace marks a changed attribute, requiresReplaceIf only when its condition holds", async () => {
    const config = obj({ name: "a", kind: "k2", size: "medium", rules: [{ name: "r", uid: null }] });
    let r = await plan(config, prior, { ...prior, kind: "k2", size: "medium" });
    expect(r.replace).toEqual(["kind"]);
    r = await plan({ ...config, kind: "k", size: "big" }, prior, { ...prior, size: "big" });
    expect(r.replace).toEqual(["size"]);
  });

  test("destroy: plan is null and modifyPlan sees it", async () => {
    const seen: Array<ObjectValue | null> = [];
    const resource = { ...nothing, modifyPlan: (req: { plan: ObjectValue | null }) => void seen.push(req.plan) } as unknown as Resource;
    const { planned } = await plan(null, prior, null, resource);
    expect(planned).toBeNull();
    expect(seen).toEqual([null]);
  });

  test("modifyPlan can fill a computed value and add replacement paths", async () => {
    const resource = {
      ...nothing,
      modifyPlan(_req: unknown, resp: { plan: ObjectValue | null; requiresReplace: AttributePath[] }) {
        resp.plan!.revision = 7;
        resp.requiresReplace.push(AttributePath.root("name"));
      },
    } as unknown as Resource;
    const config = obj({ name: "z", kind: "k", size: "small" });
    const { planned, replace } = await plan(config, prior, { ...prior, name: "z", rules: null }, resource);
    expect(planned!.revision).toBe(7);
    expect(replace).toEqual(["name"]);
  });

  test("unknown config values stay unknown in the plan", async () => {
    const config = obj({ name: unknown as never });
    const { planned } = await plan(config, null, config);
    expect(isUnknown(planned!.name)).toBe(true);
  });
});

describe("attribute plan modifiers, sync and async", () => {
  test("run in order, outer before nested, each seeing the value the previous one planned; an async one may ask for replacement", async () => {
    const calls: string[] = [];
    const step = (name: string, to: string, replace = false): PlanModifier => ({
      description: name,
      modify(req, resp) {
        calls.push(`${name}:${isUnknown(req.planValue) ? "unknown" : String(req.planValue)}`);
        const finish = () => void ((resp.planValue = to), replace && (resp.requiresReplace = true));
        return name.startsWith("async") ? Promise.resolve().then(finish) : finish();
      },
    });
    const mixed: Schema = {
      attributes: {
        a: { kind: "string", optional: true, computed: true, planModifiers: [step("sync1", "A1"), step("async1", "A2", true), step("sync2", "A3")] },
        list: { kind: "list_nested", optional: true, attributes: { x: { kind: "string", optional: true, computed: true, planModifiers: [step("async2", "X")] } } },
        b: { kind: "string", optional: true, computed: true, planModifiers: [step("sync3", "B")] },
      },
    };
    const priorState = { a: "old", list: [{ x: "p" }, { x: "q" }], b: "old" };
    const config = { a: "new", list: [{ x: "c1" }, { x: "c2" }], b: null };
    const out = await planResourceChange({
      schema: mixed,
      resource: { ...nothing, schema: () => mixed } as Resource,
      config,
      prior: priorState,
      proposed: { ...config, b: "old" },
      signal: new AbortController().signal,
      diagnostics: new Diagnostics(),
    });
    expect(calls).toEqual(["sync1:new", "async1:A1", "sync2:A2", "async2:c1", "async2:c2", "sync3:unknown"]);
    expect(out.planned).toEqual({ a: "A3", list: [{ x: "X" }, { x: "X" }], b: "B" });
    expect(out.requiresReplace.map((p) => p.toString())).toEqual(["a"]);
  });
});

describe("plan conformance", () => {
  test("fails when modifyPlan changes a non-computed attribute, naming it", async () => {
    const resource = { ...nothing, modifyPlan: (_q: unknown, resp: { plan: ObjectValue }) => void (resp.plan.name = "changed") } as unknown as Resource;
    const config = obj({ name: "a" });
    const { diagnostics } = await plan(config, null, config, resource);
    expect(diagnostics.errors().map((d) => d.summary)).toEqual(["Invalid Plan"]);
    expect(diagnostics.errors()[0].detail).toMatch(/plan for name differs/);
  });
});
