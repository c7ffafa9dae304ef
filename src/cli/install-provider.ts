import { existsSync, readdirSync, statSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import type { Command } from "commander";
import { installProvider } from "../packaging/install";
import { packageRoot, packageVersion } from "../packaging/provider-files";

/** The project root: the checkout or the installed package (works from src/, dist/ and dist/src/). */
export function projectRoot(from: string = __dirname): string {
  return packageRoot(from);
}

/** Newest modification time under `dir` (recursively), in ms. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** True in a checkout whose provider bundle is missing or older than its sources (never in the installed package). */
export function bundleIsStale(root: string): boolean {
  const src = path.join(root, "src");
  if (!existsSync(path.join(root, "scripts", "build.mjs")) || !existsSync(src)) return false;
  const bundle = path.join(root, "dist", "provider.js");
  if (!existsSync(bundle) || !existsSync(path.join(root, "dist", "start.js"))) return true;
  const built = statSync(bundle).mtimeMs;
  return newestMtime(src) > built || statSync(path.join(root, "package.json")).mtimeMs > built;
}

/** Terraform's implied local mirror for the current user. */
export function impliedMirror(): string {
  return path.join(homedir(), ".terraform.d", "plugins");
}

/** `smartenroll install-provider [--dir DIR]`: installs the provider where `terraform init` finds it. */
export function register(program: Command): void {
  program
    .command("install-provider")
    .description("install the Terraform provider into a local mirror (default: the implied mirror ~/.terraform.d/plugins)")
    .option("--dir <dir>", "mirror root, e.g. a filesystem_mirror path")
    .action(async (o: { dir?: string }) => {
      const root = projectRoot();
      if (bundleIsStale(root)) {
        // A checkout only: rebuild the bundles from the sources (the installed package ships them built).
        const { build } = (await import(path.join(root, "scripts", "build.mjs"))) as { build: () => Promise<void> };
        await build();
      }
      const dir = installProvider(o.dir ?? impliedMirror(), root);
      console.log(`installed smartenroll/smartenroll ${packageVersion(root)} in ${dir}`);
    });
}
