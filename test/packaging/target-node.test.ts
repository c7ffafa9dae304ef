import { chmodSync, existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { currentPlatform } from "../../src/packaging/node-runtime";
import { targetRunner } from "../../src/packaging/target-node";
import { removeTempDirs, tempDir } from "../support/terraform";

afterAll(removeTempDirs);
const other = currentPlatform() === "linux_arm64" ? "linux_amd64" : "linux_arm64";

test("runs this machine's platform natively", () => {
  expect(targetRunner(currentPlatform(), "/x/bin/node")).toEqual({ command: "/x/bin/node", prefix: [], via: "native" });
});

test("has no way to run another platform's node without its emulator on PATH, nor macOS's at all", () => {
  expect(targetRunner(other, "/x/bin/node", { PATH: tempDir("empty-path") })).toBeUndefined();
  expect(targetRunner(currentPlatform() === "darwin_arm64" ? "darwin_amd64" : "darwin_arm64", "/x/bin/node")).toBeUndefined();
});

const sysroot = other === "linux_arm64" ? "/usr/aarch64-linux-gnu/lib" : "/usr/x86_64-linux-gnu/lib";
(process.platform === "linux" && existsSync(sysroot) ? test : test.skip)("runs another Linux platform's node under Debian's qemu user-mode emulator when it is installed", () => {
  const bin = tempDir("qemu-path");
  const qemu = path.join(bin, other === "linux_arm64" ? "qemu-aarch64-static" : "qemu-x86_64-static");
  writeFileSync(qemu, "#!/bin/sh\n");
  chmodSync(qemu, 0o755);
  expect(targetRunner(other, "/x/bin/node", { PATH: bin })).toEqual({ command: qemu, prefix: ["-L", path.dirname(sysroot), "/x/bin/node"], via: "qemu" });
});
