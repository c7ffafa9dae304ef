import { chmodSync, mkdirSync, statSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";

/**
 * `$XDG_CACHE_HOME` (or `~/.cache`)`/terraform-provider-node/<name>`, created if needed, private to the current
 * user: only a folder we own and nobody else can write is used (what it holds runs or serves as ours).
 * Undefined when there is no home or no such folder can be had.
 */
export function privateCacheDir(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  try {
    let base = env.XDG_CACHE_HOME;
    if (!base || !path.isAbsolute(base)) {
      const home = env.HOME || homedir();
      if (!home) return undefined;
      base = path.join(home, ".cache");
    }
    const dir = path.join(base, "terraform-provider-node", name);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = statSync(dir);
    if (typeof process.getuid === "function" && st.uid !== process.getuid()) return undefined;
    if ((st.mode & 0o077) !== 0) chmodSync(dir, st.mode & ~0o077 & 0o777);
    return dir;
  } catch {
    return undefined;
  }
}
