import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { installPlugin, terraformPlatform } from "../../src/plugin/packaging";
import { h1 } from "./e2e/harness";

const root = path.resolve(__dirname, "../..");
const launcher = path.join(root, "bin", "terraform-provider-smartenroll");


describe("packaging", () => {
  const tmp = mkdtempSync(path.join(tmpdir(), "plugin-pack-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const bundle = path.join(tmp, "bundle.js");
  writeFileSync(bundle, "console.log('1|6|unix|/x|grpc|')\n");
  const opts = { bundlePath: bundle, launcherPath: path.resolve(__dirname, "../../bin/terraform-provider-smartenroll"), typeName: "smartenroll", namespace: "smartenroll", hostname: "registry.terraform.io", version: "1.2.3" };

  test("installs launcher and bundle in the mirror layout, byte-identical every time", () => {
    const a = installPlugin({ ...opts, dir: path.join(tmp, "a") });
    const b = installPlugin({ ...opts, dir: path.join(tmp, "b") });
    expect(a.dir).toBe(path.join(tmp, "a", "registry.terraform.io", "smartenroll", "smartenroll", "1.2.3", terraformPlatform()));
    expect(readdirSync(a.dir).sort()).toEqual(["provider.js", "start.js", "terraform-provider-smartenroll_v1.2.3"]);
    expect(statSync(path.join(a.dir, "terraform-provider-smartenroll_v1.2.3")).mode & 0o777).toBe(0o755);
    expect(statSync(path.join(a.dir, "provider.js")).mode & 0o777).toBe(0o644);
    expect(statSync(path.join(a.dir, "start.js")).mode & 0o777).toBe(0o644);
    expect(h1(a.dir)).toBe(h1(b.dir));
    installPlugin({ ...opts, dir: path.join(tmp, "a") });
    expect(h1(a.dir)).toBe(h1(b.dir));
  });

  test("maps node platforms to Terraform's OS_ARCH", () => {
    expect(terraformPlatform("linux", "x64")).toBe("linux_amd64");
    expect(terraformPlatform("darwin", "arm64")).toBe("darwin_arm64");
    expect(terraformPlatform("win32", "ia32")).toBe("windows_386");
  });

  test("the installed launcher runs the bundle beside it", () => {
    const { dir } = installPlugin({ ...opts, dir: path.join(tmp, "run") });
    const r = spawnSync(path.join(dir, "terraform-provider-smartenroll_v1.2.3"), [], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("1|6|unix|/x|grpc|\n");
  });

  function fakePath(nodeScript?: string): string {
    const bin = mkdtempSync(path.join(tmp, "bin-"));
    symlinkSync("/usr/bin/dirname", path.join(bin, "dirname"));
    if (nodeScript !== undefined) {
      writeFileSync(path.join(bin, "node"), `#!/bin/sh\n${nodeScript}\n`);
      chmodSync(path.join(bin, "node"), 0o755);
    }
    return bin;
  }

  /** A copy of the launcher in its own folder `dir`, beside empty stand-ins for `files`. */
  function launcherBeside(name: string, files: string[]): { dir: string; copy: string } {
    const dir = path.join(tmp, name);
    mkdirSync(dir);
    for (const f of files) writeFileSync(path.join(dir, f), "");
    const copy = path.join(dir, "launcher");
    writeFileSync(copy, readFileSync(launcher));
    chmodSync(copy, 0o755);
    return { dir, copy };
  }

  test("fails clearly on stdout when node is missing", () => {
    const r = spawnSync(launcher, [], { encoding: "utf8", env: { PATH: fakePath() } });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/needs Node\.js 20 or newer \(20, 22 and 24 are supported\), but node was not found on PATH/);
  });

  test("fails clearly on stdout when node is older than 20", () => {
    // A real node that reports itself as 18: start.js is what checks, in syntax old versions parse.
    const pretend = path.join(tmp, "pretend-18.cjs");
    writeFileSync(pretend, 'Object.defineProperty(process, "version", { value: "v18.19.1" });\n');
    const { dir } = installPlugin({ ...opts, dir: path.join(tmp, "old-node") });
    const r = spawnSync(path.join(dir, "terraform-provider-smartenroll_v1.2.3"), [], {
      encoding: "utf8",
      env: { PATH: fakePath(`exec ${process.execPath} -r ${pretend} "$@"`) },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("This Terraform provider needs Node.js 20 or newer (20, 22 and 24 are supported), but node on PATH is v18.19.1. Upgrade Node.js and try again.\n");
  });

  test("passes arguments through to the bundle, via start.js", () => {
    const bin = fakePath('echo "ran $*"');
    const { dir, copy } = launcherBeside("args", ["provider.js", "start.js"]);
    const r = spawnSync(copy, ["--debug"], { encoding: "utf8", env: { PATH: bin } });
    expect(r.stdout).toBe(`ran --use-openssl-ca ${path.join(dir, "start.js")} ${path.join(dir, "provider.js")} --debug\n`);
  });

  test("leaves the CA store flag out when NODE_OPTIONS already picks a store (node refuses two)", () => {
    const bin = fakePath('echo "ran $*"');
    const { dir, copy } = launcherBeside("ca-flag", ["provider.js", "start.js"]);
    const r = spawnSync(copy, [], { encoding: "utf8", env: { PATH: bin, NODE_OPTIONS: "--use-bundled-ca --max-old-space-size=512" } });
    expect(r.stdout).toBe(`ran ${path.join(dir, "start.js")} ${path.join(dir, "provider.js")}\n`);
  });

  test("moves NODE_EXTRA_CA_CERTS aside: node would parse it at every start, the HTTPS client reads it when it connects", () => {
    const { copy } = launcherBeside("ca-env", ["provider.js", "start.js"]);
    const bin = fakePath('echo "node=${NODE_EXTRA_CA_CERTS:-unset} deferred=${TF_PROVIDER_EXTRA_CA_CERTS:-unset}"');
    const moved = spawnSync(copy, [], { encoding: "utf8", env: { PATH: bin, NODE_EXTRA_CA_CERTS: "/etc/corp/ca.pem" } });
    expect(moved.stdout).toBe("node=unset deferred=/etc/corp/ca.pem\n");
    const none = spawnSync(copy, [], { encoding: "utf8", env: { PATH: bin } });
    expect(none.stdout).toBe("node=unset deferred=unset\n");
  });

  test("says which files are missing when the install is incomplete", () => {
    const { copy } = launcherBeside("incomplete", ["provider.js"]);
    const r = spawnSync(copy, [], { encoding: "utf8", env: { PATH: fakePath('echo "ran $*"') } });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/provider files are missing next to .* \(expected provider\.js and start\.js\)\. Reinstall the provider\./);
  });
});
