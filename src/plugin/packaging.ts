import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Where and what `installPlugin` installs. */
export interface InstallPluginOptions {
  /** The bundled provider (one JS file). */
  readonly bundlePath: string;
  /** Provider type, e.g. "smartenroll". */
  readonly typeName: string;
  /** Registry namespace, e.g. "smartenroll". */
  readonly namespace: string;
  /** Registry host, e.g. "registry.terraform.io". */
  readonly hostname: string;
  readonly version: string;
  /** The mirror root (a `filesystem_mirror` path or `~/.terraform.d/plugins`). */
  readonly dir: string;
  /** The launcher script to install; defaults to the project's `bin/terraform-provider-smartenroll`. */
  readonly launcherPath?: string;
}

/** The file name of the bundle beside the launcher (the launcher looks for it there). */
export const BUNDLE_FILE_NAME = "provider.js";

/** Terraform's OS_ARCH for this machine (e.g. "linux_amd64", "darwin_arm64"). */
export function terraformPlatform(platform: string = process.platform, arch: string = process.arch): string {
  const os = platform === "win32" ? "windows" : platform;
  const cpu = ({ x64: "amd64", ia32: "386", arm64: "arm64", arm: "arm" } as Record<string, string>)[arch] ?? arch;
  return `${os}_${cpu}`;
}

/**
 * Installs the provider into an unpacked mirror: `DIR/HOST/NS/TYPE/VERSION/OS_ARCH/terraform-provider-TYPE_vVERSION`
 * (the launcher, mode 0755) and the bundle beside it as `provider.js` (mode 0644). The content depends only on
 * the launcher and bundle bytes, so the lock file's h1 hash is the same on every machine. Returns the folder it wrote.
 */
export function installPlugin(options: InstallPluginOptions): { dir: string } {
  const { bundlePath, typeName, namespace, hostname, version } = options;
  const launcherPath = options.launcherPath ?? findLauncher(__dirname);
  const dir = path.join(path.resolve(options.dir), hostname, namespace, typeName, version, terraformPlatform());
  mkdirSync(dir, { recursive: true });
  const launcher = path.join(dir, `terraform-provider-${typeName}_v${version}`);
  writeFileSync(launcher, readFileSync(launcherPath));
  chmodSync(launcher, 0o755);
  const bundle = path.join(dir, BUNDLE_FILE_NAME);
  copyFileSync(bundlePath, bundle);
  chmodSync(bundle, 0o644);
  return { dir };
}

/** The project's launcher script, found by walking up from `start`. */
function findLauncher(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "bin", "terraform-provider-smartenroll");
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`bin/terraform-provider-smartenroll not found above ${start}`);
  }
}
