import { expectCode, Workspace } from "./harness";

jest.setTimeout(120_000);

describe("configuration validation through terraform", () => {
  const ws = new Workspace();
  afterAll(() => ws.cleanup());

  test("an invalid value fails validate with the summary and the attribute's line", async () => {
    ws.config(`resource "plugintest_thing" "a" {\n  name = "Bad Name"\n}\n`);
    expectCode(await ws.tf(["init", "-input=false", "-no-color"]), 0);
    const r = expectCode(await ws.tf(["validate", "-no-color"]), 1);
    expect(r.stderr).toMatch(/Error: Invalid Name/);
    expect(r.stderr).toMatch(/on main\.tf line \d+, in resource "plugintest_thing" "a":\n.*name = "Bad Name"/);
    expect(r.stderr.replace(/\s+/g, " ")).toMatch(/name must be lower case letters, digits and dashes, but "Bad Name" was provided/);
  });

  test("a deprecated attribute warns with its message and the attribute's line", async () => {
    ws.config(`resource "plugintest_thing" "a" {\n  name      = "ok"\n  old_field = "x"\n}\n`);
    const r = expectCode(await ws.tf(["validate", "-no-color"]), 0);
    expect(r.stdout + r.stderr).toMatch(/Warning: Attribute Deprecated/);
    expect(r.stdout + r.stderr).toMatch(/old_field = "x"/);
    expect(r.stdout + r.stderr).toMatch(/Use name instead/);
  });
});
