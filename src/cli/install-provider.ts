import { existsSync, readdirSync, statSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import type { Command } from "commander";
import { version } from "../../package.json";
import { installPlugin } from "../plugin/packaging";

/** The project root: the nearest folder above this file holding package.json (works from src/ and dist/). */
export function projectRoot(from: string = __dirname): string {
  for (let d = from; ; d = path.dirname(d)) {
    if (existsSync(path.join(d, "package.json")) && existsSync(path.join(d, "bin"))) return d;
    if (path.dirname(d) === d) throw new Error(`cannot find the project root above ${from}`);
  }
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

/** True when the provider bundle is missing or older than the sources it is built from. */
export function bundleIsStale(root: string): boolean {
  const bundle = path.join(root, "dist", "provider.js");
  if (!existsSync(bundle) || !existsSync(path.join(root, "dist", "start.js"))) return true;
  const built = statSync(bundle).mtimeMs;
  const src = path.join(root, "src");
  return (existsSync(src) && newestMtime(src) > built) || statSync(path.join(root, "package.json")).mtimeMs > built;
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
        const { build } = (await import(path.join(root, "scripts", "build.mjs"))) as { build: () => Promise<void> };
        await build();
      }
      const bundlePath = path.join(root, "dist", "provider.js");
      const { dir } = installPlugin({
        bundlePath,
        launcherPath: path.join(root, "bin", "terraform-provider-smartenroll"),
        startPath: path.join(root, "dist", "start.js"),
        typeName: "smartenroll",
        namespace: "smartenroll",
        hostname: "registry.terraform.io",
        version,
        dir: o.dir ?? impliedMirror(),
      });
      console.log(`installed smartenroll/smartenroll ${version} in ${dir}`);
    });
}
