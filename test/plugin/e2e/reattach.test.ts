import { ChildProcess, spawn } from "node:child_process";
import { expectCode, readStore, stateOf, TEST_BUNDLE, Workspace } from "./harness";

jest.setTimeout(180_000);

describe("debug mode (reattach)", () => {
  const ws = new Workspace();
  let provider: ChildProcess | undefined;
  afterAll(() => {
    provider?.kill("SIGTERM");
    ws.cleanup();
  });

  test("terraform commands attach to one long-lived provider started with --debug", async () => {
    provider = spawn(process.execPath, [TEST_BUNDLE, "--debug"], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    provider.stdout!.on("data", (d: Buffer) => (out += d.toString()));
    while (!/TF_REATTACH_PROVIDERS='.*'/.test(out)) await new Promise((r) => setTimeout(r, 20));
    const reattach = /TF_REATTACH_PROVIDERS='(.*)'/.exec(out)![1];
    expect(JSON.parse(reattach)["registry.terraform.io/smartenroll/plugintest"].Pid).toBe(provider.pid);

    ws.config(`resource "plugintest_thing" "a" {\n  name = "attached"\n}\n`);
    const env = { TF_REATTACH_PROVIDERS: reattach };
    expectCode(await ws.tf(["init", "-input=false", "-no-color"], { env }), 0);
    expectCode(await ws.tf(["apply", "-auto-approve", "-input=false", "-no-color"], { env }), 0);
    expectCode(await ws.tf(["plan", "-detailed-exitcode", "-input=false", "-no-color"], { env }), 0);
    expect(provider.exitCode).toBeNull();
    const id = (await stateOf(ws, "plugintest_thing.a", env))!.id;
    expect(Object.keys(readStore(ws))).toEqual([id]);
    expectCode(await ws.tf(["destroy", "-auto-approve", "-input=false", "-no-color"], { env }), 0);
    expect(provider.exitCode).toBeNull();
  });
});
