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
// The cdktn end-to-end tests run cdktn-cli (Node.js 22.19+) and the local server on the pinned Node.js 24: it is
// fetched from npm once, and better-sqlite3 built for it once (both cached).
const tsx = (script, args = []) => execFileSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), script, ...args], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
const node24 = path.join(tsx("scripts/node-runtime.ts").trim(), "bin", "node");
process.stdout.write(tsx("scripts/native-builds.ts", [node24]));
const jest = path.join(root, "node_modules/jest/bin/jest.js");
const args = ["--json", "--outputFile", path.join(root, "test-results.json"), ...process.argv.slice(2)];
const r = spawnSync(process.execPath, [jest, ...args], { cwd: root, stdio: "inherit" });
process.exit(r.status ?? 1);
