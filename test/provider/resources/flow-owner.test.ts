import { ProjectResource } from "../../../src/provider/resources/project";
import { ProjectFlowResource } from "../../../src/provider/resources/project-flow";
import { configOf, create, plan, startHarness, type Harness } from "../harness";
import { seedConfig } from "../../support/seed";

const { project: SEED_PROJECT, flow: SEED_FLOW } = seedConfig();

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

async function newProject(name: string): Promise<string> {
  const r = h.resource(() => new ProjectResource());
  const c = configOf(r.schema().attributes, { ...SEED_PROJECT, name });
  return (await create(r, c, (await plan(r, c)).plan)).state!.id as string;
}

describe("one flow, one owner", () => {
  test("a flow create whose answer is lost after the commit, and whose retries then fail, adopts the flow its own request made", async () => {
    const projectId = await newProject("Owner Lost Answer");
    const flow = h.resource(() => new ProjectFlowResource());
    const c = configOf(flow.schema().attributes, { ...SEED_FLOW, status: "draft", project_id: projectId });
    const planned = (await plan(flow, c)).plan;
    await h.server.fault({ method: "PUT", path: "/v3/projects/*", times: 1, commitThenDrop: true });
    await h.server.fault({ method: "PUT", path: "/v3/projects/*", times: 10, status: 503 });
    const resp = await create(flow, c, planned, true);
    await h.server.clearFaults();
    const project = (await h.server.listProjects()).find((p) => p._id === projectId);
    expect(resp.diagnostics.errors()).toEqual([]);
    expect(project.projectFlows.map((f: { _id: string }) => f._id)).toEqual([resp.state!.id]);
  });

  test("a create for a project whose slot is taken fails naming the flow, and changes nothing", async () => {
    const projectId = await newProject("Owner Taken");
    const flow = h.resource(() => new ProjectFlowResource());
    const first = configOf(flow.schema().attributes, { ...SEED_FLOW, status: "draft", project_id: projectId });
    const made = (await create(flow, first, (await plan(flow, first)).plan)).state!;
    const second = configOf(flow.schema().attributes, { ...SEED_FLOW, status: "draft", project_id: projectId, liveness: { ...(SEED_FLOW.liveness as object), min_score: 0.7 } });
    await h.server.clearRequests();
    const resp = await create(flow, second, (await plan(flow, second)).plan, true);
    expect(resp.state).toBeNull();
    expect(resp.diagnostics.errors().map((d) => d.summary)).toEqual(["Project Already Has A Flow"]);
    expect(resp.diagnostics.errors()[0].detail).toContain(`terraform import <address> ${projectId}/${made.id}`);
    expect((await h.server.requests()).filter((r) => r.method !== "GET")).toEqual([]);
  });
});
