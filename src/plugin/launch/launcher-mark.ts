/** Set on `globalThis` by `start.js` before it runs the bundle: the provider runs under the launcher, not as a standalone executable. */
export const LAUNCHER_MARK = Symbol.for("terraform-plugin-node/launcher");

/** True when `start.js` (the launcher's entry) runs this process. */
export function underLauncher(): boolean {
  return (globalThis as Record<symbol, unknown>)[LAUNCHER_MARK] === true;
}
