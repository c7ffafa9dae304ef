import { CreateResponse, Diagnostics, ObjectValue, Resource, unknown, UpdateResponse } from "../../../src/plugin";
import { applyResourceChange } from "../../../src/plugin/server/apply-resource";

const base = { metadata: () => ({ typeName: "t" }), schema: () => ({ attributes: {} }), read() {}, update() {}, delete() {}, create() {} };

async function apply(resource: Partial<Resource>, prior: ObjectValue | null, planned: ObjectValue | null) {
  const diagnostics = new Diagnostics();
  const state = await applyResourceChange({ resource: { ...base, ...resource } as Resource, config: planned, prior, planned, signal: new AbortController().signal, diagnostics });
  return { state, diagnostics, summaries: diagnostics.toArray().map((d) => d.summary) };
}

describe("applying a resource change", () => {
  const planned = { id: unknown, name: "a" } as ObjectValue;

  test("create fills the computed values", async () => {
    const r = await apply({ create: (_q, resp: CreateResponse) => void (resp.state = { id: "1", name: "a" }) }, null, planned);
    expect(r.state).toEqual({ id: "1", name: "a" });
    expect(r.diagnostics.length).toBe(0);
  });

  test("fails when create leaves an unknown value, naming the attribute", async () => {
    const r = await apply({ create: () => undefined }, null, planned);
    expect(r.summaries).toEqual(["Unknown Values After Apply"]);
    expect(r.diagnostics.errors()[0].detail).toMatch(/\bid\b/);
    expect(r.state).toEqual({ id: null, name: "a" });
  });

  test("a create that fails before creating anything returns no state", async () => {
    const r = await apply({ create: (_q, resp: CreateResponse) => resp.diagnostics.addError("API Down", "503") }, null, planned);
    expect(r.state).toBeNull();
    expect(r.summaries).toEqual(["API Down"]);
  });

  test("a create that fails half-way returns the state reached so far with the error", async () => {
    const r = await apply(
      {
        create: (_q, resp: CreateResponse) => {
          resp.state = { ...resp.state!, id: "42" };
          resp.diagnostics.addError("Activation Failed", "second step failed");
        },
      },
      null,
      planned,
    );
    expect(r.state).toEqual({ id: "42", name: "a" });
    expect(r.summaries).toEqual(["Activation Failed"]);
  });

  test("an update that fails without touching state keeps the prior state", async () => {
    const prior = { id: "1", name: "old" };
    const r = await apply({ update: (_q, resp: UpdateResponse) => resp.diagnostics.addError("Nope", "") }, prior, { id: "1", name: "new" });
    expect(r.state).toEqual(prior);
  });

  test("an update that fails part-way fills unknowns from the prior state", async () => {
    const prior = { id: "1", name: "old", rev: 1 } as ObjectValue;
    const r = await apply(
      {
        update: (_q, resp: UpdateResponse) => {
          resp.state = { ...resp.state!, name: "new" };
          resp.diagnostics.addError("Half", "");
        },
      },
      prior,
      { id: "1", name: "new", rev: unknown } as ObjectValue,
    );
    expect(r.state).toEqual({ id: "1", name: "new", rev: 1 });
  });

  test("destroy removes the state, or keeps it when delete fails", async () => {
    const prior = { id: "1", name: "a" };
    expect((await apply({}, prior, null)).state).toBeNull();
    const failed = await apply({ delete: (_q, resp) => resp.diagnostics.addError("Busy", "") }, prior, null);
    expect(failed.state).toEqual(prior);
  });
});
