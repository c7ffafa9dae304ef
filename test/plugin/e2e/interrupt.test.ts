import { expectCode, readStore, stateOf, Workspace } from "./harness";

jest.setTimeout(180_000);

describe("Ctrl-C during a slow apply", () => {
  const ws = new Workspace();
  afterAll(() => ws.cleanup());

  test("SIGINT to terraform's process group loses nothing from state", async () => {
    ws.config(`resource "plugintest_thing" "slow" {\n  name    = "slow"\n  slow_ms = 30000\n}\n`);
    expectCode(await ws.tf(["init", "-input=false", "-no-color"]), 0);
    const started = Date.now();
    let interrupted = false;
    const r = await ws.tf(["apply", "-auto-approve", "-input=false", "-no-color"], {
      detached: true,
      onSpawn: (p, output) => {
        const poll = setInterval(() => {
          if (!interrupted && /Creating\.\.\./.test(output()) && Object.keys(readStore(ws)).length === 1) {
            interrupted = true;
            clearInterval(poll);
            process.kill(-p.pid!, "SIGINT");
          }
        }, 50);
        p.on("close", () => clearInterval(poll));
      },
    });
    expect(interrupted).toBe(true);
    expect(Date.now() - started).toBeLessThan(25_000);
    expect(r.stdout + r.stderr).toMatch(/Interrupt received/);
    const ids = Object.keys(readStore(ws));
    expect(ids).toHaveLength(1);
    expect((await stateOf(ws, "plugintest_thing.slow"))?.id).toBe(ids[0]);
    const plan = await ws.tf(["plan", "-detailed-exitcode", "-input=false", "-no-color"]);
    expectCode(plan, 0);
  });
});
