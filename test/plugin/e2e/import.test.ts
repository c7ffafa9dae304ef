import { readFileSync } from "node:fs";
import path from "node:path";
import { expectCode, readStore, stateOf, Workspace } from "./harness";

jest.setTimeout(240_000);

const thing = (address: string, name: string) => `
resource "plugintest_thing" "${address}" {
  name   = "${name}"
  ratio  = 0.1
  big    = 98765432109876543210
  tags   = { a = "1" }
  settings = { color = "blue" }
}`;

describe("importing with the test provider", () => {
  const ws = new Workspace();
  afterAll(() => ws.cleanup());

  test("terraform import adopts an existing object and the next plan is clean", async () => {
    ws.config(thing("a", "alpha"));
    expectCode(await ws.tf(["init", "-input=false", "-no-color"]), 0);
    expectCode(await ws.tf(["apply", "-auto-approve", "-input=false", "-no-color"]), 0);
    const id = String((await stateOf(ws, "plugintest_thing.a"))!.id);
    expectCode(await ws.tf(["state", "rm", "plugintest_thing.a"]), 0);
    const imported = expectCode(await ws.tf(["import", "-input=false", "-no-color", "plugintest_thing.a", id]), 0);
    expect(imported.stdout).toMatch(/Import successful/);
    expect((await stateOf(ws, "plugintest_thing.a"))!.id).toBe(id);
    expectCode(await ws.tf(["plan", "-detailed-exitcode", "-input=false", "-no-color"]), 0);
  });

  test("an import block with -generate-config-out writes a config that plans and applies", async () => {
    const id = String((await stateOf(ws, "plugintest_thing.a"))!.id);
    expectCode(await ws.tf(["state", "rm", "plugintest_thing.a"]), 0);
    ws.config(`import {\n  to = plugintest_thing.b\n  id = "${id}"\n}\n`);
    const plan = expectCode(await ws.tf(["plan", "-input=false", "-no-color", "-generate-config-out=generated.tf"]), 0);
    expect(plan.stdout).toMatch(/1 to import/);
    const generated = readFileSync(path.join(ws.dir, "generated.tf"), "utf8");
    expect(generated).toMatch(/resource "plugintest_thing" "b"/);
    expect(generated).toMatch(/name\s+= "alpha"/);
    expect(generated).toMatch(/big\s+= 98765432109876543210/);
    const apply = expectCode(await ws.tf(["apply", "-auto-approve", "-input=false", "-no-color"]), 0);
    expect(apply.stdout).toMatch(/1 imported, 0 added, 0 changed, 0 destroyed/);
    expect((await stateOf(ws, "plugintest_thing.b"))!.id).toBe(id);
    expect(Object.keys(readStore(ws))).toEqual([id]);
  });

  test("importing an id that does not exist fails clearly", async () => {
    ws.config(thing("c", "gamma"));
    const r = expectCode(await ws.tf(["import", "-input=false", "-no-color", "plugintest_thing.c", "nope"]), 1);
    expect(r.stderr).toMatch(/Cannot import non-existent remote object/);
  });
});
