/**
 * Import: a project, its flow and its branding created directly through the API with the seed's JSON bodies
 * import cleanly (`terraform import` and `import {}` blocks) against a matching configuration, and
 * `-generate-config-out` writes a configuration that plans clean.
 */
import { changesOf } from "../../support/plan";
import type { Workspace } from "../../support/terraform";
import { expectCleanPlan, output, useE2E } from "./fixtures/e2e";
import { seedBodies } from "../../support/seed";
import { COMPLETE_STACK, mainTf, PROGRESSIVE_STEPS, stackBlocks } from "./fixtures/seed";
import { REQUIRED_PROVIDERS } from "../../support/terraform";

const BODIES = seedBodies();

const e = useE2E();

interface Created {
  project: string;
  flow: string;
}

/** The import id of each resource (examples/resources/<type>/import.sh): the project id for the project and its branding, the flow id for the flow. */
const importIds = (c: Created) => ({
  "smartenroll_project.main": c.project,
  "smartenroll_project_flow.main": c.flow,
  "smartenroll_project_branding.main": c.project,
});

async function created(id: string): Promise<Created> {
  const r = await e.server.api("GET", `/v3/projects/${id}`);
  if (r.status !== 200) throw new Error(`GET project → ${r.status} ${JSON.stringify(r.body)}`);
  return { project: id, flow: r.body.data.projectFlows[0]._id };
}

async function post(body: unknown): Promise<string> {
  const r = await e.server.api("POST", "/v3/projects", body);
  if (r.status >= 300) throw new Error(`POST /v3/projects → ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.data._id;
}

async function put(id: string, body: unknown): Promise<void> {
  const r = await e.server.api("PUT", `/v3/projects/${id}`, body);
  if (r.status >= 300) throw new Error(`PUT /v3/projects/${id} → ${r.status} ${JSON.stringify(r.body)}`);
}

const importBlocks = (c: Created, withAddresses = Object.entries(importIds(c))) =>
  withAddresses.map(([to, id]) => `import {\n  to = ${to}\n  id = ${JSON.stringify(id)}\n}\n`).join("\n");

describe("the seed's complete example created through the API", () => {
  let ws: Workspace;
  let c: Created;
  beforeAll(async () => {
    c = await created(await post(BODIES.complete));
    ws = e.ws.fork({ files: { "main.tf": mainTf(stackBlocks("main", COMPLETE_STACK)).text } });
  });
  afterAll(() => ws.remove());

  test("`terraform import` of project, flow (as PROJECT_ID/FLOW_ID, as import.sh shows) and branding, then the plan is empty", async () => {
    const ids = { ...importIds(c), "smartenroll_project_flow.main": `${c.project}/${c.flow}` };
    for (const [address, id] of Object.entries(ids)) {
      const r = await ws.tf(["import", "-input=false", "-no-color", address, id]);
      if (r.code !== 0) throw new Error(`terraform import ${address} ${id}\n${output(r)}`);
    }
    await expectCleanPlan(ws, "plan after import");
  });

  test("a second import of the same project is refused by terraform (already managed)", async () => {
    const r = await ws.tf(["import", "-input=false", "-no-color", "smartenroll_project.main", c.project]);
    expect(r.code).not.toBe(0);
  });
});

describe("the seed's progressive path run through the API, then `import {}` blocks", () => {
  let ws: Workspace;
  let c: Created;
  beforeAll(async () => {
    const id = await post({ ...BODIES.step1, name: "Progressive import" });
    for (const body of [BODIES.step2, BODIES.step3, BODIES.step4, BODIES.step5, BODIES.step6, BODIES.activate]) await put(id, body);
    c = await created(id);
    const last = PROGRESSIVE_STEPS[PROGRESSIVE_STEPS.length - 1].spec;
    const spec = { ...last, project: { ...last.project, name: "Progressive import" } };
    ws = e.ws.fork({ files: { "main.tf": mainTf(stackBlocks("main", spec)).text, "imports.tf": importBlocks(c) } });
  });
  afterAll(() => ws.remove());

  test("the plan only imports (no change to any resource)", async () => {
    const plan = changesOf(await ws.planJson());
    const rows = [...plan.values()].map((p) => ({ address: p.address, actions: p.actions, importing: p.importing, changed: p.changed }));
    const byAddress = (a: { address: string }, b: { address: string }) => (a.address < b.address ? -1 : 1);
    expect(rows.sort(byAddress)).toEqual(
      Object.keys(importIds(c))
        .map((address) => ({ address }))
        .sort(byAddress)
        .map(({ address }) => ({ address, actions: ["no-op"], importing: true, changed: [] })),
    );
  });

  test("after applying the imports the plan is empty", async () => {
    await ws.apply();
    await expectCleanPlan(ws, "plan after import apply");
  });
});

describe("`import {}` with -generate-config-out", () => {
  let ws: Workspace;
  let c: Created;
  beforeAll(async () => {
    c = await created(await post({ ...BODIES.complete, name: "Generated config" }));
    const blocks = Object.entries(importIds(c)).map(([a, id]) => [a.replace(".main", ".gen"), id] as [string, string]);
    ws = e.ws.fork({ files: { "main.tf": REQUIRED_PROVIDERS, "imports.tf": importBlocks(c, blocks) } });
  });
  afterAll(() => ws.remove());

  test("writes a configuration for all three resources", async () => {
    const r = await ws.tf(["plan", "-input=false", "-no-color", "-generate-config-out=generated.tf"]);
    const generated = ws.read("generated.tf") ?? "";
    if (!generated) throw new Error(`no generated.tf\n${output(r)}`);
    for (const t of ["smartenroll_project", "smartenroll_project_flow", "smartenroll_project_branding"]) expect(generated).toContain(`resource "${t}" "gen"`);
    expect(r.code).toBe(0);
  });

  test("the generated configuration imports and then plans clean", async () => {
    await ws.apply();
    await expectCleanPlan(ws, "plan with the generated configuration");
  });
});
