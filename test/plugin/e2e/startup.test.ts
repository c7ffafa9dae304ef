import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expectCode, Workspace } from "./harness";

/** What the provider itself logged (Terraform prefixes its stderr lines with the plugin name). */
function cacheOutcomes(log: string): string[] {
  return [...log.matchAll(/terraform-provider-plugintest_v0\.1\.0: \[DEBUG\] provider code cache: (\w+)/g)].map((m) => m[1]);
}

describe("provider starts under terraform", () => {
  const ws = new Workspace();
  afterAll(() => ws.cleanup());

  test("the first start saves V8's code cache and every later start of the same bundle uses it", async () => {
    ws.config(`resource "plugintest_thing" "a" {\n  name = "a"\n}\n`);
    expectCode(await ws.tf(["init", "-input=false", "-no-color"]), 0);
    const logFile = path.join(ws.root, "first.log");
    expectCode(await ws.tf(["validate", "-no-color"], { env: { TF_LOG: "debug", TF_LOG_PATH: logFile } }), 0);
    // validate starts the provider twice: for the schema, then to validate.
    expect(cacheOutcomes(readFileSync(logFile, "utf8"))).toEqual(["miss", "hit"]);
    const cacheDir = path.join(ws.root, ".cache", "terraform-provider-node", "code-cache");
    expect(readdirSync(cacheDir)).toHaveLength(1);

    const planLog = path.join(ws.root, "plan.log");
    expectCode(await ws.tf(["apply", "-auto-approve", "-input=false", "-no-color"], { env: { TF_LOG: "debug", TF_LOG_PATH: planLog } }), 0);
    const outcomes = cacheOutcomes(readFileSync(planLog, "utf8"));
    expect(outcomes.length).toBeGreaterThanOrEqual(3);
    expect(new Set(outcomes)).toEqual(new Set(["hit"]));
  });

  test("NODE_EXTRA_CA_CERTS is left to the HTTPS client: node does not parse it at each provider start", async () => {
    // Node warns when it cannot load the file (Node 20 at start, Node 24 when the first TLS context is made, as the
    // provider's plugin server makes one at each start); the provider never gets to that point with it.
    const logFile = path.join(ws.root, "env.log");
    const missing = path.join(ws.root, "no-such-ca.pem");
    expectCode(await ws.tf(["plan", "-input=false", "-no-color"], { env: { TF_LOG: "debug", TF_LOG_PATH: logFile, NODE_EXTRA_CA_CERTS: missing } }), 0);
    const log = readFileSync(logFile, "utf8");
    expect(cacheOutcomes(log).length).toBeGreaterThanOrEqual(3);
    expect(log).not.toContain("Ignoring extra certs");
    const direct = spawnSync(process.execPath, ["-e", "require('tls').createSecureContext()"], { encoding: "utf8", env: { PATH: process.env.PATH, NODE_EXTRA_CA_CERTS: missing } });
    expect(direct.stderr).toContain("Ignoring extra certs");
  });
});
