/**
 * Lifecycle through the real CLI: one apply from nothing to `status = "active"` creates the project, configures
 * the flow and activates last; active → paused → active are in-place updates; destroying an active project pauses
 * it and leaves nothing on the server; values known only after apply are checked once known, not at plan time.
 */
import { changesOf } from "../../support/plan";
import type { RecordedRequest } from "../../support/recorder";
import { line } from "../../support/server";
import { expectCleanPlan, useE2E } from "./fixtures/e2e";
import { type HclObject, ref } from "../../support/hcl";
import { COMPLETE_STACK, mainTf, stackBlocks, type StackSpec, withPath } from "./fixtures/seed";

const e = useE2E({ record: true });
const flowWith = (status: string): StackSpec => ({ project: COMPLETE_STACK.project, flow: { ...(COMPLETE_STACK.flow as object), status } });
const writesOf = (reqs: RecordedRequest[]) => reqs.filter((r) => r.method !== "GET");
const isActivation = (r: RecordedRequest, status = "active") => {
  const b = (r.body ?? {}) as { status?: string; projectFlow?: { status?: string } };
  return b.status === status || b.projectFlow?.status === status;
};

async function serverStatuses() {
  const [p] = await e.server.listProjects();
  return { project: p?.status, flows: (p?.projectFlows ?? []).map((f: { status: string }) => f.status) };
}

describe("apply from nothing to active", () => {
  let writes: RecordedRequest[];
  beforeAll(async () => {
    await e.server.clearRequests();
    e.ws.write({ "main.tf": mainTf(stackBlocks("main", flowWith("active"))).text });
    await e.ws.apply();
    writes = writesOf(e.server.recorder!.requests);
  }, 120_000);

  test("creates the project first, configures the flow, then activates last", async () => {
    expect(writes.length).toBeGreaterThanOrEqual(2);
    expect(line(writes[0])).toBe("POST /v3/projects");
    const activations = writes.map((r, i) => (isActivation(r) ? i : -1)).filter((i) => i >= 0);
    expect(activations.length).toBeGreaterThan(0);
    expect(activations[0]).toBe(writes.length - 1);
    const flowConfig = writes.findIndex((r) => {
      const b = (r.body ?? {}) as Record<string, any>;
      const f = b.projectFlow ?? (r.path.startsWith("/v3/project-flows") || r.path.startsWith("/v2/project-flows") ? b : undefined);
      return f && (f.signUpForm || f.documents || f.liveness || f.steps || f.integrations);
    });
    expect(flowConfig).toBeGreaterThan(0);
    expect(flowConfig).toBeLessThan(activations[0]);
    // The server's own log agrees: the last write is a PUT to the project or its flow.
    const log = (await e.server.requests()).filter((r) => r.method !== "GET");
    expect(log.map(line)).toEqual(writes.map(line));
  });

  test("the project and its flow are active, and the plan is empty", async () => {
    expect(await serverStatuses()).toEqual({ project: "active", flows: ["active"] });
    await expectCleanPlan(e.ws);
  });
});

describe.each([
  ["active → paused", "paused"],
  ["paused → active", "active"],
])("%s", (_t, status) => {
  test("is an in-place update of the flow status only, and the server follows", async () => {
    e.ws.write({ "main.tf": mainTf(stackBlocks("main", flowWith(status))).text });
    const plan = changesOf(await e.ws.planJson());
    const flow = plan.get("smartenroll_project_flow.main");
    expect({ actions: flow?.actions, changed: flow?.changed }).toEqual({ actions: ["update"], changed: ["status"] });
    expect(plan.get("smartenroll_project.main")?.actions).toEqual(["no-op"]);
    await e.server.clearRequests();
    await e.ws.tfOk(["apply", "-auto-approve", "-no-color", "tfplan"]);
    expect(writesOf(e.server.recorder!.requests).map(line).every((l) => l.startsWith("PUT "))).toBe(true);
    expect(await serverStatuses()).toEqual({ project: status, flows: [status] });
    await expectCleanPlan(e.ws);
  });
});

describe("destroy of an active project", () => {
  test("pauses it first, then deletes, leaving the server empty", async () => {
    expect((await serverStatuses()).project).toBe("active");
    await e.server.clearRequests();
    await e.ws.destroy();
    const writes = writesOf(e.server.recorder!.requests);
    const pause = writes.findIndex((r) => isActivation(r, "paused"));
    const del = writes.findIndex((r) => r.method === "DELETE");
    expect(pause).toBeGreaterThanOrEqual(0);
    expect(del).toBeGreaterThan(pause);
    expect(await e.server.listProjects()).toEqual([]);
    const flows = await e.server.api("GET", "/v3/project-flows");
    expect(flows.status).toBe(200);
    expect(flows.body.data).toEqual([]);
  });
});

describe("values known only after apply", () => {
  test("skip their checks at plan time and apply once known", async () => {
    const token = await e.server.tokenFor("unknown-values");
    const known = (expr: string, value: string) => ref(`length(smartenroll_project.late.id) > 0 ? ${JSON.stringify(value)} : ${JSON.stringify(expr)}`);
    const spec: StackSpec = {
      project: { ...COMPLETE_STACK.project, name: "Late values" },
      flow: withPath(withPath(COMPLETE_STACK.flow as HclObject, "liveness.search_mode", known("not-a-mode", "ACCURATE")), "integrations.redirect_url", ref(`"https://example.com/done/\${smartenroll_project.late.id}"`)),
      branding: { ...COMPLETE_STACK.branding, logo: ref(`"https://example.com/\${smartenroll_project.late.id}.png"`) },
    };
    const ws = e.ws.fork({ api: { url: e.server.url, token }, files: { "main.tf": mainTf(stackBlocks("late", spec)).text } });
    try {
      const plan = changesOf(await ws.planJson());
      expect(plan.get("smartenroll_project_flow.late")?.unknown).toEqual(expect.arrayContaining(["liveness.search_mode", "integrations.redirect_url"]));
      await ws.tfOk(["apply", "-auto-approve", "-no-color", "tfplan"]);
      await expectCleanPlan(ws);
      const [p] = await e.server.listProjects(token);
      expect(p.projectFlows[0].liveness.searchMode).toBe("ACCURATE");
      expect(p.branding.logo).toBe(`https://example.com/${p._id}.png`);
    } finally {
      ws.remove();
    }
  });
});
