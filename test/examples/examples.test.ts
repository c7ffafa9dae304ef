/**
 * End to end: every example under examples/ is deployed with the real cdktf CLI and terraform against the local
 * server, planned clean right after, (for basic and drift) edited out of band and found drifted, and destroyed.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { startTestServer, type TestServer } from "../support/server";
import { providerMirror, removeTempDirs, ROOT, type ProviderMirror } from "../support/terraform";
import { cdktfApp } from "./cdktf-app";

jest.setTimeout(300_000);

const NO_CHANGES = /No changes\. Your infrastructure matches the configuration\./;

let mirror: ProviderMirror;
let server: TestServer;

beforeAll(async () => {
  mirror = await providerMirror();
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
  removeTempDirs();
});

/** The caller's environment without TF_* and SMARTENROLL_* settings. */
function baseEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(TF_|SMARTENROLL_)/.test(k)));
}

/** A fresh user per example, so each test sees only its own projects. */
async function apiFor(name: string) {
  const user = `${name}-${Date.now()}`;
  return { url: server.url, token: await server.tokenFor(user), user };
}

test("basic: deploys the seed's project active, diffs clean, detects an out-of-band edit, repairs it and destroys", async () => {
  const api = await apiFor("basic");
  const app = cdktfApp("basic", mirror, api);
  const deploy = await app.cdktfOk(["deploy", "--auto-approve"]);
  expect(deploy.stdout).toMatch(/Apply complete! Resources: 3 added, 0 changed, 0 destroyed/);

  const [project] = await server.listProjects(api.token);
  expect(project).toMatchObject({ name: "Customer Onboarding - North America", status: "active" });
  expect((await app.cdktfOk(["diff", "--skip-synth"])).stdout).toMatch(NO_CHANGES);

  const edit = await server.api("PUT", `/v3/projects/${project._id}`, { contactEmail: "changed-by-hand@example.com" }, { token: api.token });
  expect(edit.status).toBe(200);
  const drift = await app.cdktfOk(["diff", "--skip-synth"]);
  expect(drift.stdout).toMatch(/~ contact_email\s+= "changed-by-hand@example\.com" -> "compliance@example\.com"/);
  expect(drift.stdout).toMatch(/Plan: 0 to add, 1 to change, 0 to destroy/);

  expect((await app.cdktfOk(["deploy", "--auto-approve", "--skip-synth"])).stdout).toMatch(/Resources: 0 added, 1 changed, 0 destroyed/);
  expect((await server.listProjects(api.token))[0].contactEmail).toBe("compliance@example.com");

  await app.cdktfOk(["destroy", "--auto-approve", "--skip-synth"]);
  expect(await server.listProjects(api.token)).toEqual([]);
});

test("progressive: the six steps as L1 resources end active, and destroy leaves nothing", async () => {
  const api = await apiFor("progressive");
  const app = cdktfApp("progressive", mirror, api);
  expect((await app.cdktfOk(["deploy", "--auto-approve"])).stdout).toMatch(/Resources: 3 added/);
  const [project] = await server.listProjects(api.token);
  expect(project.status).toBe("active");
  expect((await app.cdktfOk(["diff", "--skip-synth"])).stdout).toMatch(NO_CHANGES);

  // Activation is the very last write the provider sends.
  const writes = (await server.requests(api.user)).filter((r) => r.method !== "GET");
  expect(writes.length).toBeGreaterThan(2);
  expect(writes[writes.length - 1]).toMatchObject({ method: "PUT", path: `/v3/projects/${project._id}` });

  await app.cdktfOk(["destroy", "--auto-approve", "--skip-synth"]);
  expect(await server.listProjects(api.token)).toEqual([]);
});

test("templates: three regional projects from one template, with their overrides", async () => {
  const api = await apiFor("templates");
  const app = cdktfApp("templates", mirror, api);
  expect((await app.cdktfOk(["deploy", "--auto-approve"])).stdout).toMatch(/Resources: 9 added/);
  const projects = await server.listProjects(api.token);
  const byName = Object.fromEntries(projects.map((p: any) => [p.name, p]));
  expect(Object.keys(byName).sort()).toEqual(["Onboarding - Europe", "Onboarding - Latin America", "Onboarding - North America"]);
  expect(byName["Onboarding - Europe"]).toMatchObject({ status: "active", allowedCountries: ["France", "Germany", "Spain"], defaultLanguage: "es" });
  expect(byName["Onboarding - Latin America"].status).toBe("draft");
  expect((await app.cdktfOk(["diff", "--skip-synth"])).stdout).toMatch(NO_CHANGES);
  await app.cdktfOk(["destroy", "--auto-approve", "--skip-synth"]);
  expect(await server.listProjects(api.token)).toEqual([]);
});

test("import: adopts a project made by hand, then manages it", async () => {
  const api = await apiFor("import");
  const created = await server.api(
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
  const [project] = await server.listProjects(api.token);
  const flowId = typeof project.projectFlows?.[0] === "string" ? project.projectFlows[0] : project.projectFlows?.[0]?._id ?? project.projectFlow?._id;
  expect(flowId).toBeTruthy();

  const app = cdktfApp("import", mirror, api);
  const ids = { ADOPT_PROJECT_ID: project._id, ADOPT_FLOW_ID: flowId };
  const deploy = await app.cdktfOk(["deploy", "--auto-approve"], ids);
  expect(deploy.stdout).toMatch(/Resources: 3 imported, 0 added, 3 changed, 0 destroyed/);
  const after = await server.listProjects(api.token);
  expect(after).toHaveLength(1);
  expect(after[0]).toMatchObject({ _id: project._id, contactEmail: "compliance@example.com", status: "active" });
  expect((await app.cdktfOk(["diff", "--skip-synth"], ids)).stdout).toMatch(NO_CHANGES);
  await app.cdktfOk(["destroy", "--auto-approve", "--skip-synth"], ids);
  expect(await server.listProjects(api.token)).toEqual([]);
});

test("drift: check-drift.mjs exits 0 when clean and 2 with what drifted after an out-of-band edit", async () => {
  const api = await apiFor("drift");
  const app = cdktfApp("drift", mirror, api);
  await app.cdktfOk(["deploy", "--auto-approve"]);
  const check = () =>
    spawnSync(process.execPath, [path.join(ROOT, "examples", "drift", "check-drift.mjs"), "--stack", "drift", "--dir", app.dir], {
      encoding: "utf8",
      env: { ...baseEnv(), TF_CLI_CONFIG_FILE: mirror.cliConfigFile, SMARTENROLL_BASE_URL: api.url, SMARTENROLL_TOKEN: api.token },
    });
  const clean = check();
  expect(clean.stdout).toContain('No drift: stack "drift" matches the live API.');
  expect(clean.status).toBe(0);

  const [project] = await server.listProjects(api.token);
  await server.api("PUT", `/v3/projects/${project._id}`, { contactEmail: "changed-by-hand@example.com", projectFlow: { liveness: { minScore: 0.75 } } }, { token: api.token });
  const drifted = check();
  expect(drifted.status).toBe(2);
  expect(drifted.stdout).toContain('Drift detected in stack "drift": 2 resource(s) changed outside Terraform.');
  expect(drifted.stdout).toContain('contact_email: "compliance@example.com" → "changed-by-hand@example.com"');
  expect(drifted.stdout).toContain("liveness.min_score: 0.65 → 0.75");

  await app.cdktfOk(["destroy", "--auto-approve", "--skip-synth"]);
  expect(await server.listProjects(api.token)).toEqual([]);
});
