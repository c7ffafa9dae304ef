import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { BUNDLE_ID_MARKER } from "../../../src/plugin/launch/code-cache";
import { CODE_PATHS_CHANNEL } from "../../../src/plugin/launch/code-paths";

const START = path.resolve(__dirname, "../../../dist/start.js");

describe("start.js: the provider entry with V8's code cache", () => {
  const tmp = mkdtempSync(path.join(tmpdir(), "code-cache-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  let n = 0;

  /** A bundle that prints its arguments and `__filename`, stamped like scripts/build.mjs stamps bundles. */
  function bundle(id: string | undefined, body = "console.log(JSON.stringify({ argv: process.argv.slice(2), file: __filename, dir: __dirname }));"): string {
    const file = path.join(tmp, `bundle-${n++}.js`);
    writeFileSync(file, `${body}\nfunction unused() { return ${n}; }\n${id ? `${BUNDLE_ID_MARKER}${id}\n` : ""}`);
    return file;
  }

  function start(file: string, cacheHome: string, args: string[] = []) {
    const r = spawnSync(process.execPath, [START, file, ...args], { encoding: "utf8", env: { PATH: process.env.PATH, XDG_CACHE_HOME: cacheHome, TF_LOG: "debug" } });
    return { ...r, outcome: /provider code cache: (\w+)/.exec(r.stderr)?.[1] };
  }

  const cacheDir = (home: string) => path.join(home, "terraform-provider-node", "code-cache");

  test("the first start compiles and saves, the next ones load the compiled code; the bundle runs as the main module", () => {
    const home = path.join(tmp, "home-a");
    const file = bundle("0123456789abcdef0123456789abcdef");
    const first = start(file, home, ["--debug", "x"]);
    expect(first.status).toBe(0);
    expect(first.outcome).toBe("miss");
    expect(JSON.parse(first.stdout)).toEqual({ argv: ["--debug", "x"], file, dir: tmp });
    const files = readdirSync(cacheDir(home));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(new RegExp(`^0123456789abcdef0123456789abcdef-\\d+-${process.version}-${process.arch}\\.v8cache$`));
    expect(statSync(cacheDir(home)).mode & 0o777).toBe(0o700);
    expect(statSync(path.join(cacheDir(home), files[0])).mode & 0o777).toBe(0o600);

    const second = start(file, home, ["--debug", "x"]);
    expect(second.outcome).toBe("hit");
    expect(second.stdout).toBe(first.stdout);
  });

  test("a process that runs code paths the cache lacks saves it again, with every path it covers", () => {
    const home = path.join(tmp, "home-g");
    const body = `require("node:diagnostics_channel").channel(${JSON.stringify(CODE_PATHS_CHANNEL)}).publish(process.argv[2]); console.log("ran");`;
    const file = bundle("5123456789abcdef0123456789abcdef", body);
    const cacheFile = () => path.join(cacheDir(home), readdirSync(cacheDir(home))[0]);
    const covers = () => readFileSync(cacheFile(), "latin1").split("\n")[0];
    expect(start(file, home, ["GetProviderSchema"]).outcome).toBe("miss");
    expect(covers()).toBe("tf-code-cache 1 GetProviderSchema");
    const saved = readFileSync(cacheFile());
    expect(start(file, home, ["GetProviderSchema"]).outcome).toBe("hit");
    expect(readFileSync(cacheFile())).toEqual(saved);
    const more = start(file, home, ["PlanResourceChange"]);
    expect(more.outcome).toBe("hit");
    expect(more.stdout).toBe("ran\n");
    expect(covers()).toBe("tf-code-cache 1 GetProviderSchema,PlanResourceChange");
    expect(start(file, home, ["PlanResourceChange"]).outcome).toBe("hit");
  });

  test("a damaged cache file is rejected, the bundle still runs, and the file is rewritten", () => {
    const home = path.join(tmp, "home-b");
    const file = bundle("1123456789abcdef0123456789abcdef");
    start(file, home);
    const [name] = readdirSync(cacheDir(home));
    writeFileSync(path.join(cacheDir(home), name), "not V8 code at all");
    const r = start(file, home);
    expect(r.status).toBe(0);
    expect(r.outcome).toBe("rejected");
    expect(JSON.parse(r.stdout).argv).toEqual([]);
    expect(start(file, home).outcome).toBe("hit");
  });

  test("a bundle without an id, or with a malformed one, runs uncached", () => {
    const home = path.join(tmp, "home-c");
    for (const file of [bundle(undefined), bundle("not-hex!")]) {
      const r = start(file, home);
      expect(r.status).toBe(0);
      expect(r.outcome).toBe("off");
    }
    expect(readdirSync(tmp)).not.toContain("home-c");
  });

  test("a cache location that cannot be created leaves the bundle running uncached", () => {
    const notADir = path.join(tmp, "plain-file");
    writeFileSync(notADir, "");
    const r = start(bundle("4123456789abcdef0123456789abcdef"), notADir);
    expect(r.status).toBe(0);
    expect(r.outcome).toBe("off");
    expect(JSON.parse(r.stdout).argv).toEqual([]);
  });

  test("a folder others can write is made private before use", () => {
    const home = path.join(tmp, "home-d");
    mkdirSync(cacheDir(home), { recursive: true });
    chmodSync(cacheDir(home), 0o777);
    expect(start(bundle("2123456789abcdef0123456789abcdef"), home).outcome).toBe("miss");
    expect(statSync(cacheDir(home)).mode & 0o777).toBe(0o700);
  });

  test("keeps the newest 8 cache files", () => {
    const home = path.join(tmp, "home-e");
    for (let i = 0; i < 10; i++) start(bundle(`${i}`.repeat(16)), home);
    expect(readdirSync(cacheDir(home))).toHaveLength(8);
  });

  test("errors thrown by the bundle keep their exit code and message", () => {
    const r = start(bundle("3123456789abcdef0123456789abcdef", "throw new Error('boom from the bundle');"), path.join(tmp, "home-f"));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/boom from the bundle/);
  });

  test("without a bundle argument it says how it is meant to be run", () => {
    const r = spawnSync(process.execPath, [START], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/usage: node start\.js BUNDLE/);
  });
});
