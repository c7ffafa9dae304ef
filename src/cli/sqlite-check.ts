import { existsSync } from "node:fs";
import path from "node:path";

/** `--nodedir=…` for npm when this Node.js ships its C headers: node-gyp then builds without downloading them. */
function nodedirFlag(): string {
  const prefix = path.resolve(process.execPath, "..", "..");
  return existsSync(path.join(prefix, "include", "node", "node_api.h")) ? ` --nodedir=${prefix}` : "";
}

const APPROVE = "npm pkg set allowScripts.better-sqlite3=true --json";

/** What is wrong with better-sqlite3 here, with the commands that fix it; undefined when it loads and opens a database. */
export async function sqliteProblem(): Promise<string | undefined> {
  let Database: new (file: string) => { close(): void };
  try {
    const mod = (await import("better-sqlite3")) as { default?: unknown };
    Database = (mod.default ?? mod) as typeof Database;
  } catch (e) {
    const err = e as { code?: string; message?: string };
    if ((err.code === "MODULE_NOT_FOUND" || err.code === "ERR_MODULE_NOT_FOUND") && /'better-sqlite3'/.test(String(err.message))) {
      return [
        "the local server needs better-sqlite3 (SQLite, a native module), which is not installed in this project.",
        "npm leaves out this optional dependency of smartenroll-iac when its build fails (no prebuilt binary could be",
        "downloaded and node-gyp could not compile it). Allow its build script and install it, from your project folder:",
        `  ${APPROVE}`,
        `  npm install better-sqlite3${nodedirFlag()}`,
      ].join("\n");
    }
    return notBuilt(err.message);
  }
  try {
    new Database(":memory:").close();
    return undefined;
  } catch (e) {
    return notBuilt((e as Error).message);
  }
}

function notBuilt(reason = ""): string {
  return [
    "the local server needs better-sqlite3 (SQLite, a native module), which is installed but not built for this",
    `Node.js ${process.version} (npm did not run its install script, or it was built for another Node.js).`,
    "Allow its build script and build it, from your project folder:",
    `  ${APPROVE}`,
    `  npm rebuild better-sqlite3${nodedirFlag()}`,
    `(better-sqlite3 said: ${reason.split("\n")[0]})`,
  ].join("\n");
}
