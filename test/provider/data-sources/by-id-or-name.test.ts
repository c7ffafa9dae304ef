/** `data "smartenroll_project"` and `data "smartenroll_webhook"` in process: the id-or-name lookup and its errors. */
import { createClient } from "../../../src/client";
import { DataSource, Diagnostics, ObjectValue } from "../../../src/plugin";
import { ProjectDataSource, WebhookDataSource } from "../../../src/provider";
import { minimalProject } from "../../server/support";
import { configOf, startHarness, type Harness } from "../harness";

let h: Harness;
beforeAll(async () => (h = await startHarness()));
afterAll(async () => h.close());
beforeEach(async () => h.server.reset());

const api = () => createClient({ baseUrl: h.server.url, token: h.server.token, pacing: false });

function source(make: () => DataSource): DataSource {
  const d = make();
  d.configure?.({ providerData: h.providerData }, { diagnostics: new Diagnostics() });
  return d;
}

async function read(d: DataSource, given: Record<string, unknown>): Promise<{ state: ObjectValue; errors: string[][] }> {
  const config = configOf(d.schema().attributes, given);
  const resp = { state: config, diagnostics: new Diagnostics() };
  await d.read({ config, signal: new AbortController().signal }, resp);
  return { state: resp.state, errors: resp.diagnostics.toArray().map((x) => [x.summary, x.detail]) };
}

function validate(d: DataSource, given: Record<string, unknown>): string[][] {
  const resp = { diagnostics: new Diagnostics() };
  d.validateConfig!({ config: configOf(d.schema().attributes, given), signal: new AbortController().signal }, resp);
  return resp.diagnostics.toArray().map((x) => [x.summary, x.detail]);
}

describe("the id-or-name lookup", () => {
  test("both data sources want exactly one of id and name", () => {
    for (const d of [source(() => new ProjectDataSource()), source(() => new WebhookDataSource())]) {
      expect(validate(d, {})).toEqual([["Invalid Attribute Combination", "Set exactly one of `id` and `name`."]]);
      expect(validate(d, { id: "a", name: "b" })).toEqual([["Invalid Attribute Combination", "Set exactly one of `id` and `name`."]]);
      expect(validate(d, { name: "b" })).toEqual([]);
    }
  });

  test("a project is found by its exact name among names that contain it, and by id; an unknown name is an error", async () => {
    const alpha = await api().projects.create(minimalProject("Alpha") as never);
    await api().projects.create(minimalProject("Alpha Two") as never);
    const d = source(() => new ProjectDataSource());
    const byName = await read(d, { name: "Alpha" });
    expect([byName.errors, byName.state.id, byName.state.name]).toEqual([[], alpha._id, "Alpha"]);
    const byId = await read(d, { id: alpha._id });
    expect([byId.errors, byId.state.name]).toEqual([[], "Alpha"]);
    expect((await read(d, { name: "Beta" })).errors).toEqual([["Project Not Found", 'No project is named "Beta".']]);
  });

  test("two webhooks with one name make the name ambiguous", async () => {
    for (const url of ["https://a.example.com/h", "https://b.example.com/h"]) await api().webhooks.create({ name: "Receiver", url, isActive: true } as never);
    const d = source(() => new WebhookDataSource());
    expect((await read(d, { name: "Receiver" })).errors).toEqual([["Ambiguous Webhook Name", '2 webhooks are named "Receiver"; look it up by id instead.']]);
    expect((await read(d, { name: "Other" })).errors).toEqual([["Webhook Not Found", 'No webhook is named "Other".']]);
  });
});
