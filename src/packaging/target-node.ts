import { accessSync, constants, existsSync } from "node:fs";
import path from "node:path";
import { currentPlatform, type RuntimePlatform } from "./node-runtime";

/** Debian's user-mode emulators (`qemu-user-static`) and the cross sysroots (`libc6-<arch>-cross`) they load from. */
const EMULATORS: Record<string, { qemu: string; sysroot: string }> = {
  linux_arm64: { qemu: "qemu-aarch64-static", sysroot: "/usr/aarch64-linux-gnu" },
  linux_amd64: { qemu: "qemu-x86_64-static", sysroot: "/usr/x86_64-linux-gnu" },
};

/** How to run a platform's own `node` on this machine: the command and the arguments before node's own. */
export interface TargetRunner {
  readonly command: string;
  readonly prefix: readonly string[];
  /** `native`, or `qemu` (user-mode emulation). */
  readonly via: "native" | "qemu";
}

/**
 * A way to run `platform`'s Node.js binary `node` here: natively on the same platform, or on Linux under Debian's
 * qemu user-mode emulator when it and the target's C library are installed; undefined otherwise.
 */
export function targetRunner(platform: RuntimePlatform, node: string, env: NodeJS.ProcessEnv = process.env): TargetRunner | undefined {
  if (platform === currentPlatform()) return { command: node, prefix: [], via: "native" };
  const emulator = EMULATORS[platform];
  if (process.platform !== "linux" || !emulator || !existsSync(path.join(emulator.sysroot, "lib"))) return undefined;
  const qemu = onPath(emulator.qemu, env);
  return qemu ? { command: qemu, prefix: ["-L", emulator.sysroot, node], via: "qemu" } : undefined;
}

/** The executable `command` in a folder of `$PATH`. */
function onPath(command: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? "").split(path.delimiter).filter(Boolean)) {
    const file = path.join(dir, command);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}
