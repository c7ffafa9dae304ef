/**
 * Work shared by the test files of one jest run (each file runs in its own worker): the first caller does it,
 * the others wait for its result. The run's folder comes from the global setup (`SMARTENROLL_TEST_RUN_DIR`).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { tempDir } from "./terraform";

const POLL_MS = 500;

/**
 * Runs `make(dir)` once per test run for `name` and returns what it returned (a path, say) to every caller; without
 * a run folder (a file run outside jest's global setup) it simply runs it in a temp folder.
 */
export async function oncePerRun(name: string, make: (dir: string) => Promise<string>): Promise<string> {
  const runDir = process.env.SMARTENROLL_TEST_RUN_DIR;
  if (!runDir) return make(tempDir(name));
  const dir = path.join(runDir, name);
  const done = `${dir}.done`;
  const failed = `${dir}.failed`;
  try {
    mkdirSync(dir);
  } catch {
    for (;;) {
      if (existsSync(done)) return readFileSync(done, "utf8");
      if (existsSync(failed)) throw new Error(`${name} failed in another test file: ${readFileSync(failed, "utf8")}`);
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }
  try {
    const result = await make(dir);
    writeFileSync(done, result);
    return result;
  } catch (err) {
    writeFileSync(failed, err instanceof Error ? err.message : String(err));
    throw err;
  }
}
