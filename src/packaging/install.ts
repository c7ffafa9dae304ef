import { chmodSync, copyFileSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { installPlugin, terraformPlatform } from "../plugin/packaging";
import { executableName, PROVIDER, packageRoot, packageVersion, providerFiles } from "./provider-files";
import { ensureStandalone, STANDALONE_PLATFORMS, type StandaloneExecutable, type StandalonePlatform } from "./standalone";

/** This package's version of the provider for this machine in an unpacked mirror under `dir`. */
function packageDir(dir: string, version: string): string {
  return path.join(path.resolve(dir), PROVIDER.hostname, PROVIDER.namespace, PROVIDER.type, version, terraformPlatform());
}

/**
 * Installs the provider shipped in this package (or built in this checkout), the launcher and its files, into an
 * unpacked mirror under `dir` (`DIR/registry.terraform.io/smartenroll/smartenroll/<version>/<os>_<arch>/`),
 * replacing whatever was installed there; returns that folder.
 */
export function installProvider(dir: string, root: string = packageRoot()): string {
  const files = providerFiles(root);
  const version = packageVersion(root);
  rmSync(packageDir(dir, version), { recursive: true, force: true });
  return installPlugin({
    bundlePath: files.bundle,
    launcherPath: files.launcher,
    startPath: files.start,
    typeName: PROVIDER.type,
    namespace: PROVIDER.namespace,
    hostname: PROVIDER.hostname,
    version,
    dir,
  }).dir;
}

/**
 * Installs this machine's standalone executable (built from this package's bundle, once, see `ensureStandalone`)
 * into the same place, replacing the launcher if it was there. Linux only: macOS runs the launcher.
 */
export async function installStandalone(dir: string, root: string = packageRoot(), env: NodeJS.ProcessEnv = process.env): Promise<StandaloneExecutable & { dir: string }> {
  const platform = terraformPlatform();
  if (!(STANDALONE_PLATFORMS as readonly string[]).includes(platform)) {
    throw new Error(`there is no standalone executable for ${platform} (only ${STANDALONE_PLATFORMS.join(", ")}; macOS kills unsigned executables): run setup without --standalone`);
  }
  const exe = await ensureStandalone(platform as StandalonePlatform, root, env);
  const version = packageVersion(root);
  const target = packageDir(dir, version);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const installed = path.join(target, executableName(version));
  copyFileSync(exe.file, installed);
  chmodSync(installed, 0o755);
  return { ...exe, file: installed, dir: target };
}
