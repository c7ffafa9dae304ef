/**
 * Which packages npm would hold back install scripts of (npm 11 lists them as "not yet covered by allowScripts"),
 * for the dependency trees of the packages a user installs, read from this checkout's node_modules (the same
 * releases the registry serves): a preinstall, install or postinstall script, or a binding.gyp (npm's implicit
 * `node-gyp rebuild`). Bundled dependencies ship as they are and run nothing.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

interface Manifest {
  name: string;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  bundleDependencies?: string[] | boolean;
  bundledDependencies?: string[] | boolean;
}

const read = (dir: string) => JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as Manifest;

/** The folder Node.js would load `name` from when required in `from`, or undefined when it is not installed. */
function installedDir(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "node_modules", name);
    if (existsSync(path.join(candidate, "package.json"))) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

const hasInstallScript = (dir: string, m: Manifest) =>
  ["preinstall", "install", "postinstall"].some((s) => m.scripts?.[s]) || existsSync(path.join(dir, "binding.gyp"));

/** Names of the packages with install scripts in the trees of `roots` (manifests' folders), sorted. */
export function packagesWithInstallScripts(roots: string[]): string[] {
  const found = new Set<string>();
  const seen = new Set<string>();
  const visit = (dir: string) => {
    if (seen.has(dir)) return;
    seen.add(dir);
    const m = read(dir);
    if (hasInstallScript(dir, m)) found.add(m.name);
    const bundled = m.bundleDependencies ?? m.bundledDependencies;
    const deps = Object.keys({ ...m.dependencies, ...m.optionalDependencies }).filter((d) => bundled !== true && !(Array.isArray(bundled) && bundled.includes(d)));
    for (const d of deps) {
      const at = installedDir(d, dir);
      if (at) visit(at);
    }
  };
  for (const r of roots) visit(r);
  return [...found].sort();
}
