/** End to end with the real cdktf CLI and terraform against the local server: examples/basic and examples/drift. */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { run } from "../support/run";
import { ROOT } from "../support/terraform";
import { cdktfApp } from "./cdktf-app";
import { activeWithoutVerification, apiFor, baseEnv, NO_CHANGES, useExampleEnv } from "./setup";

jest.setTimeout(300_000);
const env = useExampleEnv();

test("basic: deploys the seed's project active with its webhook, diffs clean, detects out-of-band edits and destroys", async () => {
  const api = await apiFor(env.server, "basic");
  const app = cdktfApp("basic", env.mirror, api);
  const deploy = await app.cdktfOk(["deploy", "--auto-approve"]);
  expect(deploy.stdout).toMatch(/Apply complete! Resources: 4 added, 0 changed, 0 destroyed/);

  const [project] = await env.server.listProjects(api.token);
  expect(project).toMatchObject({ name: "Customer Onboarding - North America", status: "active" });
  expect(activeWithoutVerification([project])).toEqual([]);
  const [hook] = (await env.server.api("GET", "/v2/webhooks", undefined, { token: api.token })).body.data;
  expect(hook).toMatchObject({ name: "Customer Onboarding - North America events", url: "https://example.com/webhooks/kyc", projectFlow: [project.projectFlows[0]._id] });
  expect(project.projectFlows[0]).toMatchObject({ integrations: { webhook: hook._id }, webhookUrl: hook.url });
  expect((await app.cdktfOk(["diff", "--skip-synth"])).stdout).toMatch(NO_CHANGES);

  const edit = await env.server.api("PUT", `/v3/projects/${project._id}`, { contactEmail: "changed-by-hand@example.com" }, { token: api.token });
  expect(edit.status).toBe(200);
  expect((await env.server.api("PUT", `/v2/webhooks/${hook._id}`, { url: "https://elsewhere.example.net/kyc" }, { token: api.token })).status).toBe(200);
  const drift = await app.cdktfOk(["diff", "--skip-synth"]);
  expect(drift.stdout).toMatch(/~ contact_email\s+= "changed-by-hand@example\.com" -> "compliance@example\.com"/);
  expect(drift.stdout).toMatch(/~ url\s+= "https:\/\/elsewhere\.example\.net\/kyc" -> "https:\/\/example\.com\/webhooks\/kyc"/);
  expect(drift.stdout).toMatch(/Plan: 0 to add, 2 to change, 0 to destroy/);

  await app.cdktfOk(["destroy", "--auto-approve", "--skip-synth"]);
  expect(await env.server.listProjects(api.token)).toEqual([]);
  expect((await env.server.api("GET", "/v2/webhooks", undefined, { token: api.token })).body.data).toEqual([]);
});

test("drift: in the cdktf folder `smartenroll drift` finds the stack and exits 0 when clean, 2 with a hand-lowered threshold flagged and labelled; `review` shows the repair, refuses a stale synth and lists the stacks for a wrong --stack", async () => {
  const api = await apiFor(env.server, "drift");
  const app = cdktfApp("drift", env.mirror, api);
  await app.cdktfOk(["deploy", "--auto-approve"]);
  const smartenroll = (args: string[]) =>
    // Asynchronous on purpose: the API server runs inside this process. cdktf (for --synth) comes from PATH.
    run(path.join(ROOT, "bin", "smartenroll"), args, {
      cwd: app.dir,
      timeoutMs: 180_000,
      env: { ...baseEnv(), PATH: `${path.join(ROOT, "node_modules", ".bin")}:${process.env.PATH}`, HOME: path.join(app.dir, "home"), TF_CLI_CONFIG_FILE: env.mirror.cliConfigFile, SMARTENROLL_BASE_URL: api.url, SMARTENROLL_TOKEN: api.token },
    });
  expect(activeWithoutVerification(await env.server.listProjects(api.token))).toEqual([]);
  const clean = await smartenroll(["drift"]);
  expect({ code: clean.code, out: clean.stdout }).toEqual({ code: 0, out: "No drift: every SmartEnroll resource matches the state.\n" });

  const [project] = await env.server.listProjects(api.token);
  await env.server.api("PUT", `/v3/projects/${project._id}`, { contactEmail: "changed-by-hand@example.com", projectFlow: { liveness: { minScore: 0.55 } } }, { token: api.token });
  const drifted = await smartenroll(["drift", "--stack", "drift", "--format", "json"]);
  expect(drifted.code).toBe(2);
  const [watched] = JSON.parse(drifted.stdout).projects;
  expect(watched).toMatchObject({ name: "Customer Onboarding - Watched", id: project._id });
  expect(watched.changes.flatMap((c: { attributes: unknown[] }) => c.attributes)).toEqual([
    { path: "contactEmail", recorded: "compliance@example.com", live: "changed-by-hand@example.com", deploy: { action: "restores", value: "compliance@example.com" } },
    { path: "liveness.minScore", recorded: 0.65, live: 0.55, deploy: { action: "restores", value: 0.65 } },
  ]);
  expect(watched.findings.map((f: { level: string; rule: string }) => `${f.level} ${f.rule}`)).toEqual(["high liveness-min-score-lowered"]);

  const review = await smartenroll(["review", "--format", "text", "--fail-on", "high"]);
  expect(review.code).toBe(0);
  expect(review.stdout).toContain("Customer Onboarding - Watched");
  expect(review.stdout).toContain('contactEmail: "changed-by-hand@example.com" → "compliance@example.com"');
  expect(review.stdout).toContain("liveness.minScore: 0.55 → 0.65");

  const wrong = await smartenroll(["review", "--stack", "kyc"]);
  expect({ code: wrong.code, stderr: wrong.stderr }).toEqual({ code: 1, stderr: 'smartenroll: no synthesized stack "kyc" in cdktf.out/stacks; the stacks there: drift\n' });
  writeFileSync(path.join(app.dir, "helpers.ts"), "// edited after the last synth\n");
  const stale = await smartenroll(["review", "--format", "text"]);
  expect(stale.code).toBe(1);
  expect(stale.stderr).toMatch(/^smartenroll: cdktf\.out\/stacks\/drift is older than the app: helpers\.ts changed at .* UTC, after the stack was synthesized at .* UTC, so its plan would not be the app's; run `cdktf synth` first, or pass --synth\n$/);
  const synthesized = await smartenroll(["review", "--synth", "--format", "text"]);
  expect({ code: synthesized.code, stderr: synthesized.stderr }).toEqual({ code: 0, stderr: "" });
  expect(synthesized.stdout).toContain("liveness.minScore: 0.55 → 0.65");

  await app.cdktfOk(["destroy", "--auto-approve", "--skip-synth"]);
  expect(await env.server.listProjects(api.token)).toEqual([]);
});
