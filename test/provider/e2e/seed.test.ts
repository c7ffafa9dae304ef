/**
 * The seed guide in Terraform: its complete example applies and then plans clean, and so does every step of its
 * progressive path; the server ends up holding what the guide's JSON bodies describe.
 */
import type { Workspace } from "../../support/terraform";
import { COMPLETE_STACK, mainTf, PROGRESSIVE_STEPS, stackBlocks } from "./fixtures/seed";
import { seedBodies } from "../../support/seed";
import { expectCleanPlan, output, useE2E } from "./fixtures/e2e";

const COMPLETE_BODY = seedBodies().complete;

const e = useE2E();

describe("seed complete example", () => {
  test("applies, then `plan -detailed-exitcode` and `plan -refresh-only -detailed-exitcode` exit 0", async () => {
    e.ws.write({ "main.tf": mainTf(stackBlocks("main", COMPLETE_STACK)).text });
    await e.ws.apply();
    await expectCleanPlan(e.ws);
    const r = await e.ws.tf(["plan", "-refresh-only", "-detailed-exitcode", "-input=false", "-no-color"]);
    if (r.code !== 0) throw new Error(`refresh-only plan of the seed's complete example: expected exit 0\n${output(r)}`);
  });

  test("the server holds the example's project, flow and branding", async () => {
    const projects = await e.server.listProjects();
    expect(projects).toHaveLength(1);
    const { image: _image, ...brandingWithoutImage } = COMPLETE_BODY.branding;
    const { data: p } = (await e.server.api("GET", `/v3/projects/${projects[0]._id}`)).body;
    expect(p).toMatchObject({
      name: COMPLETE_BODY.name,
      allowedCountries: COMPLETE_BODY.allowedCountries,
      contactEmail: COMPLETE_BODY.contactEmail,
      privacyUrl: COMPLETE_BODY.privacyUrl,
      termsAndConditionsUrl: COMPLETE_BODY.termsAndConditionsUrl,
      dataProtection: COMPLETE_BODY.dataProtection,
      branding: brandingWithoutImage,
      status: "draft",
    });
    expect(["", null]).toContain(p.branding.image);
    expect(p.projectFlows).toHaveLength(1);
    const { version: _v, ...flow } = COMPLETE_BODY.projectFlow;
    expect(p.projectFlows[0]).toMatchObject({ ...flow, integrations: { ...flow.integrations, webhook: null } });
  });
});

describe("seed progressive path", () => {
  // A second user and working directory, so the complete example above stays untouched.
  let ws: Workspace;
  let token: string;
  beforeAll(async () => {
    token = await e.server.tokenFor("progressive");
    ws = e.ws.fork({ api: { url: e.server.url, token } });
  });

  test.each(PROGRESSIVE_STEPS.map((s, i) => [s.step, i] as const))("step %s: apply, then the plan is empty", async (_step, i) => {
    ws.write({ "main.tf": mainTf(stackBlocks("main", PROGRESSIVE_STEPS[i].spec)).text });
    await ws.apply();
    await expectCleanPlan(ws, `plan after step ${PROGRESSIVE_STEPS[i].step}`);
  });

  test("after the last step the project and its flow are active on the server", async () => {
    const projects = await e.server.listProjects(token);
    expect(projects).toHaveLength(1);
    expect(projects[0].status).toBe("active");
    expect(projects[0].projectFlows.map((f: { status: string }) => f.status)).toEqual(["active"]);
    expect(projects[0].allowedCountries).toEqual(["United States", "Canada", "Mexico"]);
  });
});
