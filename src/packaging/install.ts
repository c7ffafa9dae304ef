import { installPlugin } from "../plugin/packaging";
import { PROVIDER, packageRoot, packageVersion, providerFiles } from "./provider-files";

/**
 * Installs the provider shipped in this package (or built in this checkout) into an unpacked mirror under `dir`
 * (`DIR/registry.terraform.io/smartenroll/smartenroll/<version>/<os>_<arch>/`); returns that folder.
 */
export function installProvider(dir: string, root: string = packageRoot()): string {
  const files = providerFiles(root);
  return installPlugin({
    bundlePath: files.bundle,
    launcherPath: files.launcher,
    startPath: files.start,
    typeName: PROVIDER.type,
    namespace: PROVIDER.namespace,
    hostname: PROVIDER.hostname,
    version: packageVersion(root),
    dir,
  }).dir;
}
