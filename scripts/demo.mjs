// `npm run demo`: the whole job in one command, against a local SmartEnroll API.
// Deploys examples/basic with the real cdktf CLI and terraform, shows a clean diff, edits the project out of band,
// shows exactly that drift, repairs it, destroys, and stops the server. Everything lives in temp folders.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureDeps } from "./ensure-deps.mjs";

let step = 0;
const phase = (title) => console.log(`\n\x1b[1m== ${++step}. ${title}\x1b[0m`);
const ok = (msg) => console.log(`   ✔ ${msg}`);

function expectOutput(result, what, patterns) {
  const text = `${result.stdout}\n${result.stderr}`;
  for (const p of patterns) if (!p.test(text)) throw new Error(`${what}: expected the output to match ${p}`);
  if (result.code !== 0) throw new Error(`${what} exited ${result.code}`);
}

const started = Date.now();

async function main() {
  ensureDeps();
  const { build } = await import("./build.mjs");
  await build();
  const env = await import("./cdktf-env.mjs");

  const tmp = mkdtempSync(path.join(os.tmpdir(), "smartenroll-demo-"));
  let server;
  let app;
  const cleanup = async () => {
    await server?.stop();
    app?.remove();
    rmSync(tmp, { recursive: true, force: true });
  };
  const onSignal = () => cleanup().finally(() => process.exit(130));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  try {
    phase("Install the provider into a local mirror (nothing is downloaded)");
    const cliConfigFile = await env.installProvider(tmp);
    ok(`provider installed under ${path.join(tmp, "mirror")}; TF_CLI_CONFIG_FILE=${cliConfigFile}`);

    phase("Start the local SmartEnroll API on a free port, with a fresh token");
    server = await env.startServer();
    ok(`server at ${server.url} (pid ${server.pid}); token for user ${server.user} (kept in memory, never printed)`);

    app = env.cdktfApp("examples/basic/main.ts", { cliConfigFile, server });

    // --skip-synth (after the first deploy): the app has not changed, so the synthesized stack is reused.
    phase("cdktf deploy --auto-approve  (examples/basic: the seed's complete project, activated last)");
    const deploy = await app.cdktf(["deploy", "--auto-approve"], { echo: true });
    expectOutput(deploy, "cdktf deploy", [/Apply complete! Resources: 4 added, 0 changed, 0 destroyed/]);
    const [project] = await env.listProjects(server);
    if (!project) throw new Error("the server has no project after deploy");
    ok(`project ${project._id ?? project.id} "${project.name}" is ${project.status}`);

    phase("cdktf diff  (right after deploy: expect no changes)");
    const clean = await app.cdktf(["diff", "--skip-synth"], { echo: true });
    expectOutput(clean, "cdktf diff", [/No changes\. Your infrastructure matches the configuration\./]);
    ok("no changes");

    phase("Edit the project out of band through the API (as someone would in the SmartEnroll UI)");
    const id = project._id ?? project.id;
    const edit = await env.api(server, "PUT", `/v3/projects/${id}`, {
      contactEmail: "changed-by-hand@example.com",
      projectFlow: { liveness: { minScore: 0.75 } },
    });
    if (edit.status !== 200) throw new Error(`PUT /v3/projects/${id} answered ${edit.status}: ${JSON.stringify(edit.body)}`);
    ok('PUT /v3/projects/{id}: contactEmail = "changed-by-hand@example.com", projectFlow.liveness.minScore = 0.75');

    phase("cdktf diff  (expect exactly that drift: contact_email and liveness.min_score)");
    const drift = await app.cdktf(["diff", "--skip-synth"], { echo: true });
    expectOutput(drift, "cdktf diff", [/contact_email/, /changed-by-hand@example\.com/, /min_score/, /Plan: 0 to add, 2 to change, 0 to destroy/]);
    ok("the diff shows the two edited fields and nothing else");

    phase("cdktf deploy --auto-approve  (repair the drift)");
    const repair = await app.cdktf(["deploy", "--auto-approve", "--skip-synth"], { echo: true });
    expectOutput(repair, "cdktf deploy", [/Apply complete! Resources: 0 added, 2 changed, 0 destroyed/]);
    const after = await app.cdktf(["diff", "--skip-synth"]);
    expectOutput(after, "cdktf diff", [/No changes/]);
    ok("repaired; the next diff is clean again");

    phase("cdktf destroy --auto-approve");
    const destroy = await app.cdktf(["destroy", "--auto-approve", "--skip-synth"], { echo: true });
    expectOutput(destroy, "cdktf destroy", [/Destroy complete! Resources: 4 destroyed/]);
    const left = await env.listProjects(server);
    if (left.length !== 0) throw new Error(`${left.length} project(s) left on the server after destroy`);
    ok("the server holds no projects");
  } finally {
    phase("Stop the server and remove the temp folders");
    await cleanup();
    ok("nothing left running, nothing left behind");
  }
  console.log(`\nDemo complete in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

main().catch((e) => {
  console.error(`\ndemo failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
