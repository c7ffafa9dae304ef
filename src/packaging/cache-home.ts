import { homedir } from "node:os";
import path from "node:path";

/** `$XDG_CACHE_HOME/smartenroll` (else `~/.cache/smartenroll`): what packing fetches and builds is kept here. */
export function smartenrollCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(env.HOME || homedir(), ".cache");
  return path.join(base, "smartenroll");
}
