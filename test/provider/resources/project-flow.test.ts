import { ProjectResource } from "../../../src/provider/resources/project";
import { ProjectBrandingResource } from "../../../src/provider/resources/project-branding";
import { ProjectFlowResource } from "../../../src/provider/resources/project-flow";
import { line, writes } from "../../support/server";
import { configOf, create, destroy, plan, read, startHarness, update, type Harness } from "../harness";
import "../../support/matchers";
import { seedConfig } from "../../support/seed";

const { project: SEED_PROJECT, flow: SEED_FLOW, branding: SEED_BRANDING } = seedConfig();

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

describe("the seed's complete example, resource by resource", () => {
  test("project, flow and branding go from nothing to active, read back unchanged, and destroy leaves nothing", async () => {
    const project = h.resource(() => new ProjectResource());
    const flow = h.resource(() => new ProjectFlowResource());
    const branding = h.resource(() => new ProjectBrandingResource());

    const pc = configOf(project.schema().attributes, SEED_PROJECT);
    const pp = await plan(project, pc);
    const ps = (await create(project, pc, pp.plan)).state!;
    expect(ps.id).toMatch(/^[0-9a-f]{24}$/);
    expect(ps).not.toHaveProperty("status"); // the flow owns the lifecycle: see no-false-drift.test.ts
    expect((await read(project, ps)).state).toEqual(ps);

    await h.server.clearRequests();
    const fc = configOf(flow.schema().attributes, { ...SEED_FLOW, project_id: ps.id });
    const fp = await plan(flow, fc);
    expect(fp.diagnostics.hasError()).toBe(false);
    const fs = (await create(flow, fc, fp.plan)).state!;
    expect(fs.status).toBe("active");
    const log = (await h.server.requests()).map(line);
    expect(writes(await h.server.requests()).map(line)).toEqual([`PUT /v3/projects/${ps.id}`, `PUT /v3/projects/${ps.id}`]);
    expect(log.length).toBeLessThanOrEqual(3);

    const fr = await read(flow, fs);
    expect(fr.state!).toEqualValue(fs);
    const replanned = await plan(flow, fc, fr.state!);
    expect(replanned.plan).toEqualValue(fr.state!);

    const bc = configOf(branding.schema().attributes, { ...SEED_BRANDING, project_id: ps.id });
    const bs = (await create(branding, bc, (await plan(branding, bc)).plan)).state!;
    expect(bs).toMatchObject({ background_color: "#ffffff", image: "", logo: "https://example.com/logo.png" });
    expect((await read(branding, bs)).state!).toEqualValue(bs);

    // active → paused → active are in-place updates sending only the status call
    await h.server.clearRequests();
    const paused = (await plan(flow, { ...fc, status: "paused" }, fr.state!)).plan;
    const pausedState = (await update(flow, { ...fc, status: "paused" }, paused, fr.state!)).state!;
    expect(pausedState.status).toBe("paused");
    expect(writes(await h.server.requests()).map(line)).toEqual([`PUT /v3/projects/${ps.id}`]);
    const active = (await plan(flow, fc, pausedState)).plan;
    const activeState = (await update(flow, fc, active, pausedState)).state!;
    expect(activeState.status).toBe("active");

    // destroy: branding restores defaults, the active flow is paused then deleted, then the project goes
    await h.server.clearRequests();
    expect((await destroy(branding, bs)).diagnostics.hasError()).toBe(false);
    expect((await destroy(flow, activeState)).diagnostics.hasError()).toBe(false);
    const refreshed = (await read(project, ps)).state!;
    expect((await destroy(project, refreshed)).diagnostics.hasError()).toBe(false);
    expect(writes(await h.server.requests()).map(line)).toEqual([
      `PUT /v3/projects/${ps.id}`,
      `PUT /v3/projects/${ps.id}`,
      `DELETE /v3/project-flows/${fs.id}`,
      `DELETE /v3/projects/${ps.id}`,
    ]);
    expect(await h.server.listProjects()).toEqual([]);
  });
});

describe("import", () => {
  test("a flow imports by its id alone (the project is looked up) or as PROJECT_ID/FLOW_ID, and reads back the server's flow", async () => {
    const COMPLETE_BODY = (await import("../../support/seed")).seedBodies().complete;
    const created = await h.server.api("POST", "/v3/projects", { ...COMPLETE_BODY, name: "Imported Flow" });
    expect(created.status).toBe(201);
    const project = (await h.server.listProjects()).find((p) => p.name === "Imported Flow");
    const flowId = project.projectFlows[0]._id;
    const flow = h.resource(() => new ProjectFlowResource());
    const { Diagnostics } = await import("../../../src/plugin");
    for (const id of [flowId, `${project._id}/${flowId}`]) {
      const resp = { state: configOf(flow.schema().attributes, {}), diagnostics: new Diagnostics() };
      await flow.importState!({ id, signal: new AbortController().signal }, resp);
      expect(resp.diagnostics.hasError()).toBe(false);
      expect(resp.state).toMatchObject({ id: flowId, project_id: project._id });
      const r = await read(flow, resp.state);
      expect(r.state).toMatchObject({ id: flowId, status: "draft", steps: { document: "mandatory", liveness: "mandatory" } });
      expect((r.state!.integrations as Record<string, unknown>).webhook_id).toBeNull();
    }
  });
});
