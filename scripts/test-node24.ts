// The test suite on the pinned Node.js 24 (package.json smartenroll.nodeRuntime, fetched from npm once), with that
// node first on PATH, so terraform's provider processes, npm and the cdktf/cdktn apps run on it too. `.ci/run` runs
// it after `npm test` (Node.js on the machine). Extra args go to jest; results in test-results-node24.json.
// usage: tsx scripts/test-node24.ts [jest args…]
import { spawnSync } from "node:child_process";
import path from "node:path";
import { currentPlatform, ensureNodeRuntime } from "../src/packaging/node-runtime";
import { ensureNativeBuilds } from "./native-builds";

const root = path.resolve(__dirname, "..");

async function main(): Promise<number> {
  const { ensureDeps } = (await import("./ensure-deps.mjs")) as { ensureDeps: () => void };
  ensureDeps();
  const node = path.join(ensureNodeRuntime(currentPlatform()), "bin", "node");
  ensureNativeBuilds([node]);
  const env = { ...process.env, PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH}` };
  const jest = path.join(root, "node_modules", "jest", "bin", "jest.js");
  const args = ["--json", "--outputFile", path.join(root, "test-results-node24.json"), ...process.argv.slice(2)];
  return spawnSync(node, [jest, ...args], { cwd: root, env, stdio: "inherit" }).status ?? 1;
}

main().then((code) => process.exit(code));
