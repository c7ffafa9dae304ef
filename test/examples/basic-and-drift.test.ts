/** End to end with the real cdktf CLI and terraform against the local server: examples/basic and examples/drift. */
import path from "node:path";
import { run } from "../support/run";
import { ROOT } from "../support/terraform";
import { cdktfApp } from "./cdktf-app";
import { apiFor, baseEnv, NO_CHANGES, useExampleEnv } from "./setup";

jest.setTimeout(300_000);
const env = useExampleEnv();

test("basic: deploys the seed's project active, diffs clean, detects an out-of-band edit and destroys", async () => {
  const api = await apiFor(env.server, "basic");
  const app = cdktfApp("basic", env.mirror, api);
  const deploy = await app.cdktfOk(["deploy", "--auto-approve"]);
  expect(deploy.stdout).toMatch(/Apply complete! Resources: 3 added, 0 changed, 0 destroyed/);

  const [project] = await env.server.listProjects(api.token);
  expect(project).toMatchObject({ name: "Customer Onboarding - North America", status: "active" });
  expect((await app.cdktfOk(["diff", "--skip-synth"])).stdout).toMatch(NO_CHANGES);

  const edit = await env.server.api("PUT", `/v3/projects/${project._id}`, { contactEmail: "changed-by-hand@example.com" }, { token: api.token });
  expect(edit.status).toBe(200);
  const drift = await app.cdktfOk(["diff", "--skip-synth"]);
  expect(drift.stdout).toMatch(/~ contact_email\s+= "changed-by-hand@example\.com" -> "compliance@example\.com"/);
  expect(drift.stdout).toMatch(/Plan: 0 to add, 1 to change, 0 to destroy/);

  await app.cdktfOk(["destroy", "--auto-approve", "--skip-synth"]);
  expect(await env.server.listProjects(api.token)).toEqual([]);
});

test("drift: check-drift.mjs exits 0 when clean and 2 with what drifted after an out-of-band edit", async () => {
  const api = await apiFor(env.server, "drift");
  const app = cdktfApp("drift", env.mirror, api);
  await app.cdktfOk(["deploy", "--auto-approve"]);
  const check = () =>
    // Asynchronous on purpose: the API server runs inside this process.
    run(process.execPath, [path.join(ROOT, "examples", "drift", "check-drift.mjs"), "--stack", "drift", "--dir", app.dir], {
      timeoutMs: 120_000,
      env: { ...baseEnv(), TF_CLI_CONFIG_FILE: env.mirror.cliConfigFile, SMARTENROLL_BASE_URL: api.url, SMARTENROLL_TOKEN: api.token },
    });
  const clean = await check();
  expect(clean.stdout).toContain('No drift: stack "drift" matches the live API.');
  expect(clean.code).toBe(0);

  const [project] = await env.server.listProjects(api.token);
  await env.server.api("PUT", `/v3/projects/${project._id}`, { contactEmail: "changed-by-hand@example.com", projectFlow: { liveness: { minScore: 0.75 } } }, { token: api.token });
  const drifted = await check();
  expect(drifted.code).toBe(2);
  expect(drifted.stdout).toContain('Drift detected in stack "drift": 2 resource(s) changed outside Terraform.');
  expect(drifted.stdout).toContain('contact_email: "compliance@example.com" → "changed-by-hand@example.com"');
  expect(drifted.stdout).toContain("liveness.min_score: 0.65 → 0.75");

  await app.cdktfOk(["destroy", "--auto-approve", "--skip-synth"]);
  expect(await env.server.listProjects(api.token)).toEqual([]);
});
