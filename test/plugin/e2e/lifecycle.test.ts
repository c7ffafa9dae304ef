import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DecimalNumber, schemaJson } from "../../../src/plugin";
import { TEST_PROVIDER_ADDRESS, TestProvider } from "../fixtures/test-provider/provider";
import { expectCode, h1, readStore, stateOf, Workspace } from "./harness";

jest.setTimeout(240_000);

const thing = (name: string, kind = "k1") => `
resource "plugintest_thing" "a" {
  name   = "${name}"
  kind   = "${kind}"
  ratio  = 0.65
  big    = 12345678901234567890
  secret = "s3cret"
  tags   = { team = "core" }
  labels = ["x", "y"]
  settings = { color = "red", size = 1.5 }
  rules    = [{ name = "r1", priority = 2 }, { name = "r2" }]
  members  = [{ email = "a@example.com", role = "admin" }]
  envs     = { FOO = { value = "bar" } }
}`;

describe("terraform lifecycle with the test provider", () => {
  const ws = new Workspace();
  afterAll(() => ws.cleanup());

  test("init, apply, then a second plan has no changes", async () => {
    ws.config(thing("alpha"));
    expectCode(await ws.tf(["init", "-input=false", "-no-color"]), 0);
    const apply = expectCode(await ws.tf(["apply", "-auto-approve", "-input=false", "-no-color"]), 0);
    expect(apply.stdout).toMatch(/Apply complete! Resources: 1 added, 0 changed, 0 destroyed/);
    const state = (await stateOf(ws, "plugintest_thing.a"))!;
    expect(state.ratio).toBe(0.65);
    expect(state.big).toEqual(new DecimalNumber("12345678901234567890"));
    expect(state.mode).toBe("standard");
    expect(state.replicas).toBe(1);
    expect(state.settings).toEqual({ color: "red", size: 1.5, enabled: true });
    expect(state.revision).toBe(1);
    expect(typeof state.id).toBe("string");
    expect(Object.keys(readStore(ws))).toEqual([state.id]);
    const plan = await ws.tf(["plan", "-detailed-exitcode", "-input=false", "-no-color"]);
    expectCode(plan, 0);
    expect(plan.stdout).toMatch(/No changes/);
  });

  test("the lock file pins the h1 hash of the installed folder", () => {
    const lock = readFileSync(path.join(ws.dir, ".terraform.lock.hcl"), "utf8");
    expect(lock).toContain(`"${h1(ws.installed)}"`);
  });

  test("schemaJson prints exactly what terraform providers schema -json prints", async () => {
    const r = expectCode(await ws.tf(["providers", "schema", "-json"]), 0);
    expect(JSON.stringify(schemaJson(new TestProvider(), TEST_PROVIDER_ADDRESS))).toBe(r.stdout.trim());
  });

  test("a data source reads the object", async () => {
    const id = String((await stateOf(ws, "plugintest_thing.a"))!.id);
    writeFileSync(path.join(ws.dir, "data.tf"), `data "plugintest_thing" "d" {\n  id = "${id}"\n}\noutput "ratio" {\n  value = data.plugintest_thing.d.ratio\n}\noutput "tags" {\n  value = data.plugintest_thing.d.tags\n}\n`);
    expectCode(await ws.tf(["apply", "-auto-approve", "-input=false", "-no-color"]), 0);
    const out = expectCode(await ws.tf(["output", "-json"]), 0);
    expect(JSON.parse(out.stdout)).toMatchObject({ ratio: { value: 0.65 }, tags: { value: { team: "core" } } });
    rmSync(path.join(ws.dir, "data.tf"));
  });

  test("a changed attribute updates in place, keeping the id", async () => {
    const before = (await stateOf(ws, "plugintest_thing.a"))!;
    ws.config(thing("beta"));
    const plan = expectCode(await ws.tf(["plan", "-detailed-exitcode", "-input=false", "-no-color"]), 2);
    expect(plan.stdout).toMatch(/~ update in-place/);
    expect(plan.stdout).toMatch(/~ name\s+= "alpha" -> "beta"/);
    expect(plan.stdout).toMatch(/~ revision\s+= 1 -> \(known after apply\)/);
    expect(plan.stdout).not.toMatch(/s3cret/);
    expectCode(await ws.tf(["apply", "-auto-approve", "-input=false", "-no-color"]), 0);
    const after = (await stateOf(ws, "plugintest_thing.a"))!;
    expect(after.id).toBe(before.id);
    expect(after.created_at).toBe(before.created_at);
    expect(after.revision).toBe(2);
    expectCode(await ws.tf(["plan", "-detailed-exitcode", "-input=false", "-no-color"]), 0);
  });

  test("a requires-replace attribute replaces the resource", async () => {
    const before = (await stateOf(ws, "plugintest_thing.a"))!;
    ws.config(thing("beta", "k2"));
    const plan = expectCode(await ws.tf(["plan", "-detailed-exitcode", "-input=false", "-no-color"]), 2);
    expect(plan.stdout).toMatch(/must be replaced/);
    expect(plan.stdout).toMatch(/~ kind\s+= "k1" -> "k2" # forces replacement/);
    expectCode(await ws.tf(["apply", "-auto-approve", "-input=false", "-no-color"]), 0);
    const after = (await stateOf(ws, "plugintest_thing.a"))!;
    expect(after.id).not.toBe(before.id);
    expect(Object.keys(readStore(ws))).toEqual([after.id]);
  });

  test("an object deleted outside Terraform is planned for creation again", async () => {
    require("node:fs").writeFileSync(ws.storePath, "{}");
    const plan = expectCode(await ws.tf(["plan", "-detailed-exitcode", "-input=false", "-no-color"]), 2);
    expect(plan.stdout).toMatch(/plugintest_thing\.a will be created/);
    expectCode(await ws.tf(["apply", "-auto-approve", "-input=false", "-no-color"]), 0);
  });

  test("destroy removes the object and the state", async () => {
    const destroy = expectCode(await ws.tf(["destroy", "-auto-approve", "-input=false", "-no-color"]), 0);
    expect(destroy.stdout).toMatch(/Destroy complete! Resources: 1 destroyed/);
    expect(readStore(ws)).toEqual({});
    expect(await stateOf(ws, "plugintest_thing.a")).toBeUndefined();
  });
});
