import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expectCode, Workspace } from "./harness";

jest.setTimeout(180_000);

describe("state written by an older schema version", () => {
  const ws = new Workspace();
  afterAll(() => ws.cleanup());

  test("is upgraded from raw JSON without losing number precision", async () => {
    ws.config(`resource "plugintest_thing" "a" {\n  name = "old"\n  big  = 12345678901234567890\n  ratio = 0.3\n}\n`);
    expectCode(await ws.tf(["init", "-input=false", "-no-color"]), 0);
    expectCode(await ws.tf(["apply", "-auto-approve", "-input=false", "-no-color"]), 0);

    // Rewrite the state as version 0 of the schema wrote it: `replicas` was called `count`.
    const file = path.join(ws.dir, "terraform.tfstate");
    const text = readFileSync(file, "utf8");
    expect(text).toMatch(/"big": 12345678901234567890/);
    const edited = text
      .replace(/"schema_version": 1/, '"schema_version": 0')
      .replace(/"replicas": 1,/, '"count": 3,');
    expect(edited).not.toBe(text);
    writeFileSync(file, edited);

    const plan = expectCode(await ws.tf(["plan", "-refresh=false", "-detailed-exitcode", "-input=false", "-no-color"]), 2);
    expect(plan.stdout).toMatch(/~ replicas\s+= 3 -> 1/);
    expect(plan.stdout).not.toMatch(/big/);
    expect(plan.stdout).not.toMatch(/ratio/);
    expect(plan.stdout).toMatch(/1 to change/);
  });
});
