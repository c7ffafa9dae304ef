import { spawnSync } from "node:child_process";
import path from "node:path";
import { LAUNCHER_MARK, underLauncher } from "../../../src/plugin/launch/launcher-mark";

const ROOT = path.resolve(__dirname, "../../..");

describe("launcher mark", () => {
  test("only a process start.js runs carries it", () => {
    expect(underLauncher()).toBe(false);
    (globalThis as Record<symbol, unknown>)[LAUNCHER_MARK] = true;
    try {
      expect(underLauncher()).toBe(true);
    } finally {
      delete (globalThis as Record<symbol, unknown>)[LAUNCHER_MARK];
    }
  });

  test("start.js sets it before the bundle runs", () => {
    const bundle = path.join(__dirname, "fixtures", "report-launcher.js");
    const r = spawnSync(process.execPath, [path.join(ROOT, "dist", "start.js"), bundle], { encoding: "utf8", env: { ...process.env, XDG_CACHE_HOME: "", HOME: "" } });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({ marked: true });
  });
});
