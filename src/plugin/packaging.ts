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

/**
 * Installs the provider into an unpacked mirror: `DIR/HOST/NS/TYPE/VERSION/OS_ARCH/terraform-provider-TYPE_vVERSION`
 * (the launcher) and the bundle beside it, byte-identical every time. Returns the folder it wrote.
 */
export function installPlugin(options: InstallPluginOptions): { dir: string } {
  void options;
  throw new Error("installPlugin: not implemented yet");
}
