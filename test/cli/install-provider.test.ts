import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { run } from "../support/run";
import { ROOT } from "../support/terraform";
import { version } from "../../package.json";

function files(dir: string, base = dir): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) Object.assign(out, files(p, base));
    else out[path.relative(base, p)] = `${(statSync(p).mode & 0o777).toString(8)} ${createHash("sha256").update(readFileSync(p)).digest("hex")}`;
  }
  return out;
}

describe("smartenroll install-provider", () => {
  const tmp = mkdtempSync(path.join(tmpdir(), "se-install-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  test("installs the launcher, start.js and the bundle in the mirror layout, byte-identical twice", async () => {
    const install = (dir: string) => run(path.join(ROOT, "bin/smartenroll"), ["install-provider", "--dir", dir], { env: process.env, timeoutMs: 120_000 });
    const a = await install(path.join(tmp, "a"));
    const b = await install(path.join(tmp, "b"));
    expect([a.code, b.code]).toEqual([0, 0]);
    const fa = files(path.join(tmp, "a"));
    expect(fa).toEqual(files(path.join(tmp, "b")));
    const platform = `${process.platform}_${process.arch === "x64" ? "amd64" : process.arch}`;
    const dir = `registry.terraform.io/smartenroll/smartenroll/${version}/${platform}`;
    expect(Object.keys(fa).sort()).toEqual([`${dir}/provider.js`, `${dir}/start.js`, `${dir}/terraform-provider-smartenroll_v${version}`]);
    expect(fa[`${dir}/terraform-provider-smartenroll_v${version}`]).toMatch(/^755 /);
  }, 180_000);
});
