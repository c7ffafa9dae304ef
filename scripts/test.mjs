// The whole test suite: install if needed, type-check, build, then jest. Extra args go to jest.
import { execFileSync, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { ensureDeps } from "./ensure-deps.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
ensureDeps();
const { build } = await import("./build.mjs");
await build();
console.log("Type-checking (tsc --noEmit)…");
execFileSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "--noEmit", "-p", "tsconfig.json"], { cwd: root, stdio: "inherit" });
// The cdktn end-to-end tests run cdktn-cli (Node.js 22.19+) on the pinned Node.js 24: fetched from npm once, cached.
execFileSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/node-runtime.ts"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
const jest = path.join(root, "node_modules/jest/bin/jest.js");
const args = ["--json", "--outputFile", path.join(root, "test-results.json"), ...process.argv.slice(2)];
const r = spawnSync(process.execPath, [jest, ...args], { cwd: root, stdio: "inherit" });
process.exit(r.status ?? 1);
