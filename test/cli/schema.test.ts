import path from "node:path";
import { run } from "../support/run";
import { createWorkspace, REQUIRED_PROVIDERS, removeTempDirs, ROOT } from "../support/terraform";

afterAll(() => removeTempDirs());

test("`smartenroll schema` prints what `terraform providers schema -json` prints", async () => {
  const ours = await run(path.join(ROOT, "bin/smartenroll"), ["schema"], { env: process.env, timeoutMs: 60_000 });
  expect(ours.code).toBe(0);
  const ws = await createWorkspace({ files: { "main.tf": REQUIRED_PROVIDERS } });
  await ws.init();
  const theirs = await ws.tfOk(["providers", "schema", "-json"]);
  const key = "registry.terraform.io/smartenroll/smartenroll";
  const a = JSON.parse(ours.stdout).provider_schemas[key];
  const b = JSON.parse(theirs.stdout).provider_schemas[key];
  expect(a).toEqual(b);
}, 180_000);
