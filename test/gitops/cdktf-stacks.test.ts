import { mkdirSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stackDir, synthesizedStacks } from "../../src/gitops/cdktf-stacks";
import { workingDir } from "../../src/gitops/terraform";
import { removeTempDirs, tempDir } from "../support/terraform";

afterAll(removeTempDirs);

/** A cdktf project folder: `main.ts` written at `source` seconds, each stack synthesized at `synth` seconds (epoch). */
function project(stacks: string[], times: { source: number; synth: number }) {
  const dir = tempDir("cdktf-project");
  const file = (p: string, text: string, at: number) => {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    writeFileSync(path.join(dir, p), text);
    utimesSync(path.join(dir, p), at, at);
  };
  file("cdktf.json", '{ "language": "typescript", "app": "npx tsx main.ts" }', times.synth + 10);
  file("main.ts", "// the app", times.source);
  file("node_modules/dep/index.js", "// a dependency, installed later", times.synth + 100);
  for (const s of stacks) file(`cdktf.out/stacks/${s}/cdk.tf.json`, "{}", times.synth);
  return dir;
}
const fresh = { source: 1_700_000_000, synth: 1_700_000_060 };
const errorOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return undefined;
};

describe("finding the synthesized stack of a cdktf project", () => {
  test("one stack: used without flags (also by workingDir, as review and drift do)", () => {
    const dir = project(["kyc"], fresh);
    expect(stackDir(dir, undefined)).toBe(path.join(dir, "cdktf.out/stacks/kyc"));
    expect(workingDir({}, dir)).toBe(path.join(dir, "cdktf.out/stacks/kyc"));
    expect(workingDir({ dir: "." }, dir)).toBe(dir);
  });

  test("several stacks: an error listing them, unless --stack picks one", () => {
    const dir = project(["kyc-us", "kyc-eu"], fresh);
    expect(synthesizedStacks(dir)).toEqual(["kyc-eu", "kyc-us"]);
    expect(errorOf(() => stackDir(dir, undefined))).toMatch(/cdktf\.out\/stacks holds several stacks \(kyc-eu, kyc-us\): choose one with --stack NAME$/);
    expect(stackDir(dir, "kyc-eu")).toBe(path.join(dir, "cdktf.out/stacks/kyc-eu"));
  });

  test("a wrong --stack lists the stacks there; none synthesized says to synth", () => {
    expect(errorOf(() => stackDir(project(["kyc"], fresh), "kcy"))).toMatch(/no synthesized stack "kcy" in .*cdktf\.out\/stacks; the stacks there: kyc$/);
    expect(errorOf(() => stackDir(project([], fresh), undefined))).toMatch(/no synthesized stack in .*cdktf\.out\/stacks: run `cdktf synth` first, or pass --synth$/);
  });

  test("a synth older than the app's source is refused, naming the file; dependencies and cdktf.json do not count", () => {
    const stale = project(["kyc"], { source: fresh.synth + 5, synth: fresh.synth });
    expect(errorOf(() => stackDir(stale, "kyc"))).toMatch(
      /cdktf\.out\/stacks\/kyc is older than the app: main\.ts changed at 2023-11-14 22:14:25 UTC, after the stack was synthesized at 2023-11-14 22:14:20 UTC, so its plan would not be the app's; run `cdktf synth` first, or pass --synth$/,
    );
    expect(errorOf(() => stackDir(project(["kyc"], fresh), "kyc"))).toBeUndefined();
  });
});
