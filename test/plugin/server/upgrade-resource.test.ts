import { decodeJsonValue, Diagnostics, parseJsonDecimal, Resource, schemaType, type Schema } from "../../../src/plugin";
import { upgradeResource } from "../../../src/plugin/server/upgrade-resource";

const schema: Schema = {
  version: 1,
  attributes: { id: { kind: "string", computed: true }, replicas: { kind: "number", optional: true }, owner: { kind: "string", computed: true } },
};
const entry = { typeName: "t", factory: () => ({}) as Resource, schema, type: schemaType(schema) };
const base = { metadata: () => ({ typeName: "t" }), schema: () => schema, create() {}, read() {}, update() {}, delete() {} };

async function upgrade(resource: Partial<Resource>, version: number, json: string) {
  const diagnostics = new Diagnostics();
  const parse = { typed: (s: string) => decodeJsonValue(s, entry.type), untyped: parseJsonDecimal };
  const state = await upgradeResource(entry, { ...base, ...resource } as Resource, { version, json, hasFlatmap: false }, parse, new AbortController().signal, diagnostics);
  return { state, errors: diagnostics.errors().map((d) => d.summary) };
}

const fillOwner = { completeState: (s: Record<string, unknown>) => void (s.owner ??= "me") };

describe("upgrading stored state", () => {
  test("completeState fills the provider's bookkeeping into current-version state and keeps what is there", async () => {
    expect(await upgrade(fillOwner, 1, '{"id":"a","replicas":2,"owner":null}')).toEqual({ state: { id: "a", replicas: 2, owner: "me" }, errors: [] });
    expect((await upgrade(fillOwner, 1, '{"id":"a","replicas":2,"owner":"them"}')).state).toEqual({ id: "a", replicas: 2, owner: "them" });
  });

  test("completeState runs after upgradeState on older state", async () => {
    const upgradeState = (req: { rawState: Record<string, unknown> }, resp: { state: unknown }) => void (resp.state = { id: req.rawState.id, replicas: req.rawState.count });
    const r = await upgrade({ ...fillOwner, upgradeState: upgradeState as Resource["upgradeState"] }, 0, '{"id":"a","count":3}');
    expect(r).toEqual({ state: { id: "a", replicas: 3, owner: "me" }, errors: [] });
  });

  test("without completeState the stored state is read as it is; nothing stored stays null", async () => {
    expect((await upgrade({}, 1, '{"id":"a","replicas":1,"owner":null}')).state).toEqual({ id: "a", replicas: 1, owner: null });
    expect((await upgrade(fillOwner, 1, "")).state).toBeNull();
  });

  test("fails on state from a newer schema version, without calling completeState", async () => {
    let called = false;
    const r = await upgrade({ completeState: () => void (called = true) }, 2, '{"id":"a"}');
    expect({ state: r.state, errors: r.errors, called }).toEqual({ state: undefined, errors: ["State From A Newer Provider"], called: false });
  });
});
