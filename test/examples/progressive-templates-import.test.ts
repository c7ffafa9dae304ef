/** End to end with the real cdktf CLI and terraform against the local server: progressive, templates and import. */
import { cdktfApp } from "./cdktf-app";
import { activeWithoutVerification, apiFor, NO_CHANGES, useExampleEnv } from "./setup";

jest.setTimeout(300_000);
const env = useExampleEnv();

test("progressive: the six steps as L1 resources end active, and destroy leaves nothing", async () => {
  const api = await apiFor(env.server, "progressive");
  const app = cdktfApp("progressive", env.mirror, api);
  expect((await app.cdktfOk(["deploy", "--auto-approve"])).stdout).toMatch(/Resources: 3 added/);
  const [project] = await env.server.listProjects(api.token);
  expect(project.status).toBe("active");
  expect(activeWithoutVerification([project])).toEqual([]);
  expect((await app.cdktfOk(["diff", "--skip-synth"])).stdout).toMatch(NO_CHANGES);

  // Activation is the very last write the provider sends.
  const writes = (await env.server.requests(api.user)).filter((r) => r.method !== "GET");
  expect(writes.length).toBeGreaterThan(2);
  expect(writes[writes.length - 1]).toMatchObject({ method: "PUT", path: `/v3/projects/${project._id}` });

  await app.cdktfOk(["destroy", "--auto-approve", "--skip-synth"]);
  expect(await env.server.listProjects(api.token)).toEqual([]);
});

test("templates: three regional projects from one template, with their overrides", async () => {
  const api = await apiFor(env.server, "templates");
  const app = cdktfApp("templates", env.mirror, api);
  expect((await app.cdktfOk(["deploy", "--auto-approve"])).stdout).toMatch(/Resources: 9 added/);
  const projects = await env.server.listProjects(api.token);
  const byName = Object.fromEntries(projects.map((p: any) => [p.name, p]));
  expect(Object.keys(byName).sort()).toEqual(["Onboarding - Europe", "Onboarding - Latin America", "Onboarding - North America"]);
  expect(byName["Onboarding - Europe"]).toMatchObject({ status: "active", allowedCountries: ["France", "Germany", "Spain"], defaultLanguage: "es" });
  expect(byName["Onboarding - Latin America"].status).toBe("draft");
  expect(activeWithoutVerification(projects)).toEqual([]);
  expect((await app.cdktfOk(["diff", "--skip-synth"])).stdout).toMatch(NO_CHANGES);
  await app.cdktfOk(["destroy", "--auto-approve", "--skip-synth"]);
  expect(await env.server.listProjects(api.token)).toEqual([]);
});

test("import: adopts a project made by hand, then manages it", async () => {
  const api = await apiFor(env.server, "import");
  const created = await env.server.api(
    "POST",
    "/v3/projects",
    {
      name: "Onboarding made by hand",
      allowedCountries: ["United States"],
      contactEmail: "someone@example.com",
      privacyUrl: "https://example.com/privacy",
      termsAndConditionsUrl: "https://example.com/terms",
      target: "personal",
      dataProtection: { name: "Jane Smith", email: "dpo@example.com", address: "123 Business Plaza", city: "New York", country: "United States", postalCode: "10001" },
      projectFlow: { target: "personal", type: "onboarding" },
      projectFlowType: "onboarding",
    },
    { token: api.token },
  );
  expect(created.status).toBeLessThan(300);
  const [project] = await env.server.listProjects(api.token);
  const flowId = typeof project.projectFlows?.[0] === "string" ? project.projectFlows[0] : project.projectFlows?.[0]?._id ?? project.projectFlow?._id;
  expect(flowId).toBeTruthy();

  const app = cdktfApp("import", env.mirror, api);
  const ids = { ADOPT_PROJECT_ID: project._id, ADOPT_FLOW_ID: flowId };
  const deploy = await app.cdktfOk(["deploy", "--auto-approve"], ids);
  expect(deploy.stdout).toMatch(/Resources: 3 imported, 0 added, 3 changed, 0 destroyed/);
  const after = await env.server.listProjects(api.token);
  expect(after).toHaveLength(1);
  expect(after[0]).toMatchObject({ _id: project._id, contactEmail: "compliance@example.com", status: "active" });
  expect(activeWithoutVerification(after)).toEqual([]);
  expect((await app.cdktfOk(["diff", "--skip-synth"], ids)).stdout).toMatch(NO_CHANGES);
  await app.cdktfOk(["destroy", "--auto-approve", "--skip-synth"], ids);
  expect(await env.server.listProjects(api.token)).toEqual([]);
});
