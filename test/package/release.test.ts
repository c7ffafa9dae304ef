/**
 * A signed release as a team makes and uses it, from the installed package: the README's commands make a GPG key and
 * run `pack-provider --gpg-key`, which builds the Linux provider as a standalone executable; Terraform installs it
 * from a filesystem mirror, a network mirror and a provider registry (checking the signature), and runs it with
 * nothing but `terraform` on PATH. CI builds only linux_amd64's executable (linux_arm64 then ships the launcher);
 * SMARTENROLL_TEST_ARM64=1 builds linux_arm64's too, with its snapshot and handshake under Debian's qemu-user-static
 * (and libc6-arm64-cross), which must then be installed.
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { unzipSync } from "fflate";
import { h1Hash, sha256Hex } from "../../src/packaging/hashes";
import { run } from "../support/run";
import { startTestServer, type TestServer } from "../support/server";
import { removeTempDirs, tempDir } from "../support/terraform";
import { installInNewProject, packTarball, runOk } from "./installed";
import { registryRoutes } from "./registry";
import { executableHandshake, providerPackageKind, readmeBlock, seedCycle, terraformOnlyPath, withTestCaches } from "./release-support";
import { serveStatic } from "./static-https";

jest.setTimeout(900_000);
const ARM64 = process.env.SMARTENROLL_TEST_ARM64 === "1";
const STANDALONE = ARM64 ? "linux_amd64,linux_arm64" : "linux_amd64";
const PLATFORMS = ["darwin_amd64", "darwin_arm64", "linux_amd64", "linux_arm64"];
const PROVIDER_DIR = "registry.terraform.io/smartenroll/smartenroll";

let server: TestServer;
let project: { dir: string; env: NodeJS.ProcessEnv };
let env: NodeJS.ProcessEnv;
let release: string;
let version: string;
let packed: string;
const zip = (platform: string) => path.join(release, `terraform-provider-smartenroll_${version}_${platform}.zip`);
/** The network mirror's `<version>.json`: each platform's zip with its `h1:` and `zh:` hashes. */
const mirrorArchives = () => (JSON.parse(readFileSync(path.join(release, `${version}.json`), "utf8")) as { archives: Record<string, { hashes: string[] }> }).archives;

beforeAll(async () => {
  const [tarball, s] = await Promise.all([packTarball(), startTestServer({ rateLimits: false })]);
  server = s;
  project = await installInNewProject(tarball);
  version = (JSON.parse(readFileSync(path.join(project.dir, "node_modules/smartenroll-iac/package.json"), "utf8")) as { version: string }).version;
  env = withTestCaches({ ...project.env, GNUPGHOME: tempDir("gnupg") });
  // The README's release commands, word for word, but for --standalone (CI builds one executable).
  const [, ...commands] = readmeBlock("### Signed releases").trim().split("\n");
  const pack = commands.pop()!;
  expect(pack).toBe("npx smartenroll pack-provider --out dist/provider --gpg-key release-key.asc");
  await runOk("bash", ["-euo", "pipefail", "-c", [`export SMARTENROLL_GPG_PASSPHRASE='correct horse'`, ...commands].join("\n")], { cwd: project.dir, env });
  const r = await runOk("bash", ["-c", `${pack} --standalone ${STANDALONE}`], { cwd: project.dir, env: { ...env, SMARTENROLL_GPG_PASSPHRASE: "correct horse" }, timeoutMs: 900_000 });
  packed = r.stdout;
  release = path.join(project.dir, "dist", "provider", PROVIDER_DIR);
});

afterAll(async () => {
  await run("gpgconf", ["--kill", "all"], { env }); // the gpg-agent the key commands started
  await server?.close();
  removeTempDirs();
});

test("pack-provider --gpg-key writes a release: standalone Linux executables, the launcher for macOS, a signed SHA256SUMS the README's commands verify", async () => {
  expect(readdirSync(release).sort()).toEqual([
    `${version}.json`,
    "SHA256SUMS",
    "SHA256SUMS.sig",
    "index.json",
    "signing-key.asc",
    ...PLATFORMS.map((p) => path.basename(zip(p))),
    "terraform-registry-manifest.json",
  ]);
  expect(JSON.parse(readFileSync(path.join(release, "terraform-registry-manifest.json"), "utf8"))).toEqual({ version: 1, metadata: { protocol_versions: ["6.0"] } });
  expect(packed).toMatch(new RegExp(`_linux_amd64\\.zip  \\d+\\.\\d MB  standalone executable \\(startup snapshot\\)\\n`));
  expect(packed).toMatch(/_darwin_arm64\.zip {2}0\.\d MB {2}launcher: needs Node\.js 20\+ on PATH\n/);
  if (ARM64) expect(packed).toMatch(/_linux_arm64\.zip {2}\d+\.\d MB {2}standalone executable \(startup snapshot, built under qemu\)\n/);
  expect(packed).toMatch(/SHA256SUMS\.sig {2}signed by key [0-9A-F]{16} \(fingerprint [0-9A-F]{40}\)/);

  const bundle = readFileSync(path.join(project.dir, "node_modules/smartenroll-iac/dist/provider.js"), "utf8");
  const kinds = PLATFORMS.map((p) => [p, providerPackageKind(unzipSync(readFileSync(zip(p))), version, bundle)]);
  expect(Object.fromEntries(kinds)).toEqual({
    darwin_amd64: "launcher",
    darwin_arm64: "launcher",
    linux_amd64: "x86-64 executable with the SEA blob",
    linux_arm64: ARM64 ? "aarch64 executable with the SEA blob" : "launcher",
  });
  const archives = mirrorArchives();
  for (const p of PLATFORMS) {
    const files = Object.entries(unzipSync(readFileSync(zip(p)))).map(([name, content]) => ({ name, content: Buffer.from(content) }));
    expect(archives[p].hashes).toEqual([h1Hash(files), `zh:${sha256Hex(readFileSync(zip(p)))}`]);
  }

  const verify = readmeBlock("### Verifying a release");
  const verifier = { ...project.env, GNUPGHOME: tempDir("verifier-gnupg") };
  const ok = await run("bash", ["-euo", "pipefail", "-c", verify], { cwd: project.dir, env: verifier });
  expect({ code: ok.code, stderr: ok.stderr }).toEqual({ code: 0, stderr: expect.stringContaining("Good signature from \"Acme Releases <releases@example.com>\"") });
  expect(ok.stdout).toContain(`terraform-provider-smartenroll_${version}_linux_amd64.zip: OK`);
  const sums = path.join(release, "SHA256SUMS");
  const original = readFileSync(sums);
  writeFileSync(sums, original.toString().replace(/^[0-9a-f]/, (c) => (c === "0" ? "1" : "0")));
  const tampered = await run("bash", ["-euo", "pipefail", "-c", verify], { cwd: project.dir, env: verifier });
  writeFileSync(sums, original);
  expect({ code: tampered.code, bad: tampered.stderr.includes("BAD signature") }).toEqual({ code: 1, bad: true });
  await run("gpgconf", ["--kill", "all"], { env: verifier });
});

test("from the packed folder as a filesystem mirror, with only terraform on PATH: init, the seed's example applies, plans clean, is destroyed", async () => {
  const rc = path.join(tempDir("fs-mirror"), "terraform.rc");
  writeFileSync(rc, `provider_installation {\n  filesystem_mirror {\n    path = ${JSON.stringify(path.join(project.dir, "dist", "provider"))}\n  }\n}\n`);
  const installed = await seedCycle({ server, user: "fs-mirror", env: { ...env, PATH: terraformOnlyPath(), TF_CLI_CONFIG_FILE: rc } });
  expect(installed).toEqual([`terraform-provider-smartenroll_v${version}`]);
});

test("from a network mirror over HTTPS, with only terraform on PATH: the same cycle, and `providers lock` for all four platforms", async () => {
  const mirror = await serveStatic(path.join(project.dir, "dist", "provider"), path.join(tempDir("tls"), "ca.pem"));
  try {
    const rc = path.join(tempDir("net-mirror"), "terraform.rc");
    writeFileSync(rc, `provider_installation {\n  network_mirror {\n    url = "${mirror.url}"\n  }\n}\n`);
    const tfEnv = { ...env, PATH: terraformOnlyPath(), TF_CLI_CONFIG_FILE: rc, SSL_CERT_FILE: mirror.caFile };
    const installed = await seedCycle({ server, user: "net-mirror", env: tfEnv });
    expect(installed).toEqual([`terraform-provider-smartenroll_v${version}`]);
    expect(mirror.requests).toContain(`/${PROVIDER_DIR}/${path.basename(zip("linux_amd64"))}`);

    const ws = tempDir("lock");
    writeFileSync(path.join(ws, "main.tf"), `terraform {\n  required_providers {\n    smartenroll = { source = "smartenroll/smartenroll" }\n  }\n}\n`);
    await runOk("terraform", ["providers", "lock", "-no-color", `-net-mirror=${mirror.url}`, ...PLATFORMS.map((p) => `-platform=${p}`)], { cwd: ws, env: tfEnv });
    const archives = mirrorArchives();
    const lock = readFileSync(path.join(ws, ".terraform.lock.hcl"), "utf8");
    const locked = [...lock.matchAll(/"(h1:[^"]+)"/g)].map((m) => m[1]).sort();
    expect(locked).toEqual([...new Set(PLATFORMS.map((p) => archives[p].hashes[0]))].sort());
    await runOk("terraform", ["init", "-input=false", "-no-color"], { cwd: ws, env: tfEnv });
  } finally {
    await mirror.close();
  }
});

test("through the provider registry protocol Terraform checks the signature: init installs it as signed by our key; a tampered zip or signature fails", async () => {
  const keyId = /signed by key ([0-9A-F]{16})/.exec(packed)![1];
  let base = "";
  const registry = await serveStatic(release, path.join(tempDir("tls"), "ca.pem"), registryRoutes({ providerDir: release, namespace: "smartenroll", type: "smartenroll", keyId }, () => base));
  base = `https://${registry.host}/`;
  const rc = path.join(tempDir("registry"), "terraform.rc");
  writeFileSync(rc, "");
  const tfEnv = { ...env, PATH: terraformOnlyPath(), TF_CLI_CONFIG_FILE: rc, SSL_CERT_FILE: registry.caFile, CHECKPOINT_DISABLE: "1" };
  const init = async () => {
    const ws = tempDir("registry-ws");
    writeFileSync(path.join(ws, "main.tf"), `terraform {\n  required_providers {\n    smartenroll = { source = "${registry.host}/smartenroll/smartenroll" }\n  }\n}\nprovider "smartenroll" {}\n`);
    return { ws, r: await run("terraform", ["init", "-input=false", "-no-color"], { cwd: ws, env: tfEnv, timeoutMs: 300_000 }) };
  };
  try {
    const good = await init();
    expect({ code: good.r.code, out: good.r.stdout }).toEqual({ code: 0, out: expect.stringContaining(`Installed ${registry.host}/smartenroll/smartenroll v${version} (self-signed, key ID ${keyId})`) });
    const lock = readFileSync(path.join(good.ws, ".terraform.lock.hcl"), "utf8");
    for (const p of PLATFORMS) expect(lock).toContain(`"zh:${sha256Hex(readFileSync(zip(p)))}"`);
    await runOk("terraform", ["validate", "-no-color"], { cwd: good.ws, env: tfEnv });

    for (const [file, what] of [[zip("linux_amd64"), /checksum/i], [path.join(release, "SHA256SUMS.sig"), /signature/i]] as const) {
      const original = readFileSync(file);
      const bad = Buffer.from(original);
      bad[bad.length - 8] ^= 0xff;
      writeFileSync(file, bad);
      try {
        const r = (await init()).r;
        expect({ file: path.basename(file), code: r.code, error: what.test(r.stdout + r.stderr) }).toEqual({ file: path.basename(file), code: 1, error: true });
      } finally {
        writeFileSync(file, original);
      }
    }
  } finally {
    await registry.close();
  }
});

test("setup --standalone installs this machine's executable; the quick-start app's lock entry accepts it and it runs with only terraform on PATH", async () => {
  const mirror = path.join(project.dir, ".standalone-providers");
  const setup = await runOk("npx", ["smartenroll", "setup", "--standalone", "--dir", mirror], { cwd: project.dir, env, timeoutMs: 600_000 });
  expect(setup.stdout).toMatch(/installed smartenroll\/smartenroll as a standalone executable \(startup snapshot\) in /);
  const folder = path.join(mirror, PROVIDER_DIR, version, "linux_amd64");
  expect(readdirSync(folder)).toEqual([`terraform-provider-smartenroll_v${version}`]);
  expect(readFileSync(path.join(folder, `terraform-provider-smartenroll_v${version}`)).equals(Buffer.from(unzipSync(readFileSync(zip("linux_amd64")))[`terraform-provider-smartenroll_v${version}`]))).toBe(true);

  // The quick-start app's SmartenrollProvider writes the stack's lock entry at synth time (as `cdktf deploy` does).
  for (const f of ["main.mjs", "cdktf.json"]) writeFileSync(path.join(project.dir, f), readFileSync(path.join(__dirname, "../../examples/quickstart", f)));
  await runOk(process.execPath, ["main.mjs"], { cwd: project.dir, env });
  const stack = path.join(project.dir, "cdktf.out", "stacks", "kyc");
  const archives = mirrorArchives();
  const lock = readFileSync(path.join(stack, ".terraform.lock.hcl"), "utf8");
  for (const launcherOrExecutable of ["darwin_amd64", "linux_amd64"]) expect(lock).toContain(`"${archives[launcherOrExecutable].hashes[0]}"`);
  const tfEnv = { ...env, PATH: terraformOnlyPath(), TF_CLI_CONFIG_FILE: path.join(mirror, "terraform.rc") };
  await runOk("terraform", ["init", "-input=false", "-no-color"], { cwd: stack, env: tfEnv });
  await runOk("terraform", ["validate", "-no-color"], { cwd: stack, env: tfEnv });
});

(ARM64 ? test : test.skip)("the linux_arm64 executable answers Terraform's handshake under qemu (SMARTENROLL_TEST_ARM64=1)", async () => {
  const dir = tempDir("arm64");
  const name = `terraform-provider-smartenroll_v${version}`;
  writeFileSync(path.join(dir, name), unzipSync(readFileSync(zip("linux_arm64")))[name], { mode: 0o755 });
  expect(await executableHandshake(path.join(dir, name), env, ["qemu-aarch64-static", "-L", "/usr/aarch64-linux-gnu"])).toMatch(/^1\|6\|unix\|\/.+\|grpc\|[A-Za-z0-9+/]+=*$/);
});
