import { ProjectResource } from "../../../src/provider/resources/project";
import { configOf, create, destroy, plan, read, startHarness, update, type Harness } from "../harness";
import { seedConfig } from "../../support/seed";

const SEED_PROJECT = seedConfig().project;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());
beforeEach(async () => {
  await h.server.reset();
  await h.server.clearFaults();
});

const project = () => h.resource(() => new ProjectResource());
const cfg = (over: Record<string, unknown> = {}) => configOf(new ProjectResource().schema().attributes, { ...SEED_PROJECT, ...over });

describe("smartenroll_project against the local server", () => {
  test("a create whose answer is lost after the commit adopts that project, and no duplicate appears", async () => {
    await h.server.fault({ method: "POST", path: "/v3/projects", times: 1, commitThenDrop: true });
    const r = project();
    const c = cfg({ name: "Lost Answer" });
    const { state } = await create(r, c, (await plan(r, c)).plan);
    const all = await h.server.listProjects();
    expect(all.map((p) => p.name)).toEqual(["Lost Answer"]);
    expect(state!.id).toBe(all[0]._id);
  });

  test("fails when the answer is lost and a same-named project exists that this apply did not create", async () => {
    const old = await h.server.api("POST", "/v3/projects", { name: "Taken", allowedCountries: ["Canada"], contactEmail: "x@example.com", privacyUrl: "https://x.example.com/p", termsAndConditionsUrl: "https://x.example.com/t", dataProtection: { name: "X", email: "x@example.com", address: "1 St", city: "Y", country: "Canada", postalCode: "A1A 1A1" } });
    expect(old.status).toBe(201);
    await h.server.fault({ method: "POST", path: "/v3/projects", times: 3, drop: true });
    const r = project();
    const c = cfg({ name: "Taken" });
    const resp = await create(r, c, (await plan(r, c)).plan, true);
    expect(resp.state).toBeNull();
    const id = old.body.data._id;
    expect(resp.diagnostics.errors()[0].detail).toMatch(
      new RegExp(`^The answer to creating project "Taken" was lost \\(.+\\), and 1 project\\(s\\) with that name exist \\(${id}\\) that this request cannot be proven to have created\\. Nothing was adopted\\. Check it in SmartEnroll: if one is this resource's, adopt it with \`terraform import <address> ${id}\``),
    );
    expect((await h.server.listProjects()).map((p) => p._id)).toEqual([old.body.data._id]);
  });

  test("a 404 on read removes the project from state; a 422/409 answer lands on the attribute the API names", async () => {
    const r = project();
    const c = cfg();
    const { state } = await create(r, c, (await plan(r, c)).plan);
    await h.server.fault({ method: "PUT", path: "/v3/projects/*", times: 1, status: 422 });
    const changed = cfg({ contact_email: "new@example.com" });
    const failed = await update(r, changed, (await plan(r, changed, state!)).plan, state!, true);
    expect(failed.diagnostics.hasError()).toBe(true);
    await h.server.api("DELETE", `/v3/projects/${state!.id}`);
    expect((await read(r, state!)).removed).toBe(true);
    expect((await destroy(r, state!)).diagnostics.hasError()).toBe(false);
  });
});
