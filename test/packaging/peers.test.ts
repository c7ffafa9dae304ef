/** The package's peer dependencies: cdktf and cdktn optional, and one constructs range both libraries accept. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "../support/terraform";

const semver = require("semver") as { subset(sub: string, dom: string): boolean; satisfies(v: string, range: string): boolean };
const manifest = (dir: string) => JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));
const ours = manifest(ROOT);

test("cdktf and cdktn are optional peers that admit the versions the tests run", () => {
  expect(ours.peerDependenciesMeta).toEqual({ cdktf: { optional: true }, cdktn: { optional: true } });
  for (const lib of ["cdktf", "cdktn"]) {
    expect({ lib, ok: semver.satisfies(manifest(path.join(ROOT, "node_modules", lib)).version, ours.peerDependencies[lib]) }).toEqual({ lib, ok: true });
  }
});

test("the constructs range lies inside what cdktf and cdktn each accept, and the README's constructs@~10.7 inside it", () => {
  const range = ours.peerDependencies.constructs;
  for (const lib of ["cdktf", "cdktn"]) {
    const theirs = manifest(path.join(ROOT, "node_modules", lib)).peerDependencies.constructs;
    expect({ lib, theirs, inside: semver.subset(range, theirs) }).toEqual({ lib, theirs, inside: true });
  }
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
  const asked = [...readme.matchAll(/npm install smartenroll-iac .*constructs@(\S+)/g)].map((m) => m[1]);
  expect(asked).toEqual(["~10.7", "~10.7"]);
  for (const spec of asked) expect(semver.subset(spec, range)).toBe(true);
});
