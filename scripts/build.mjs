// Bundles the CLI and the provider into single files with esbuild (fast start, stable bytes).
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Entry points: [source, output, provider?]. Provider bundles are minified (Terraform starts a provider three
 * times per plan, and every byte is read and compiled at each start) and stamped for the code cache.
 */
export const entries = [
  ["src/cli/main.ts", "dist/cli.js", false],
  ["src/provider/main.ts", "dist/provider.js", true],
  ["test/plugin/fixtures/test-provider/main.ts", "dist/test-provider.js", true],
];

/** The provider launcher's entry (version check + code cache), in syntax old Node.js versions still parse. */
const start = ["src/plugin/launch/start.ts", "dist/start.js"];

/**
 * Release tools the CLI loads only to pack the provider, bundled on their own (dist/vendor/NAME.js) so the CLI's
 * other commands don't read them: postject (~5 MB, a WebAssembly build of LIEF) and openpgp.
 */
const vendored = ["postject", "openpgp"];

/** Resolves the vendored packages to dist/vendor/NAME.js beside dist/cli.js. */
const vendoredPlugin = {
  name: "vendored",
  setup(b) {
    b.onResolve({ filter: new RegExp(`^(${vendored.join("|")})$`) }, (a) => ({ path: `./vendor/${a.path}.js`, external: true }));
  },
};

/** Builds every entry point that exists; native and heavy modules stay external. */
export async function build() {
  const { build: esbuild } = await import("esbuild");
  mkdirSync(path.join(root, "dist"), { recursive: true });
  await esbuild({
    entryPoints: [path.join(root, start[0])],
    outfile: path.join(root, start[1]),
    bundle: true,
    platform: "node",
    target: "node12",
    format: "cjs",
    legalComments: "none",
    logLevel: "warning",
  });
  for (const [src, out, provider] of entries) {
    if (!existsSync(path.join(root, src))) continue;
    await bundle(path.join(root, src), path.join(root, out), provider);
  }
  for (const name of vendored) {
    await esbuild({
      stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: root },
      outfile: path.join(root, "dist", "vendor", `${name}.js`),
      bundle: true,
      platform: "node",
      target: "node20",
      format: "cjs",
      logLevel: "warning",
    });
  }
}

/**
 * Bundles one entry point to `outfile`. A provider bundle is minified, carries the answers that depend only on its
 * code (the schema: the bundle is built once, run with `--prepare`, and built again with its output as
 * `TF_PLUGIN_PREPARED`), and is stamped for the code cache.
 */
export async function bundle(entry, outfile, provider) {
  await esbuildBundle(entry, outfile, provider);
  if (!provider) return;
  const prepared = execFileSync(process.execPath, [outfile, "--prepare"], { encoding: "utf8", env: { ...process.env, NODE_EXTRA_CA_CERTS: "" } }).trim();
  JSON.parse(prepared);
  await esbuildBundle(entry, outfile, provider, { TF_PLUGIN_PREPARED: prepared });
  stampBundleId(outfile);
}

async function esbuildBundle(entry, outfile, minify, define) {
  const { build: esbuild } = await import("esbuild");
  await esbuild({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    sourcemap: false,
    legalComments: "none",
    logLevel: "warning",
    external: ["better-sqlite3", "cdktf", "cdktf-cli", "constructs", "@cdktf/*"],
    // ES module builds where packages ship them, so esbuild can drop what is never imported
    // (most of @peculiar/x509's ASN.1 schemas, for one): less to parse at every provider start.
    mainFields: ["module", "main"],
    minify,
    define,
    plugins: [vendoredPlugin],
  });
}

/** Appends `//# bundle-id=<content hash>`: start.js keys its V8 code cache on it. */
function stampBundleId(file) {
  const text = readFileSync(file, "utf8");
  const id = createHash("sha256").update(text).digest("hex").slice(0, 32);
  writeFileSync(file, `${text}//# bundle-id=${id}\n`);
}

/**
 * What `npm pack` ships besides the bundles: the constructs and the generated bindings compiled to JavaScript with
 * `.d.ts` files (tsconfig.build.json), into dist/src and dist/lib; and compiled again against cdktn into dist/cdktn
 * (`smartenroll-iac/cdktn`, scripts/build-cdktn.mjs).
 */
export async function buildPackage() {
  for (const d of ["src", "lib"]) rmSync(path.join(root, "dist", d), { recursive: true, force: true });
  execFileSync(process.execPath, [path.join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
  const { buildCdktn } = await import("./build-cdktn.mjs");
  buildCdktn();
}

/** Newest modification time under `dir` (recursively), in ms. */
function newestMtime(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** True when the provider bundle or its launcher is missing or older than the sources or package.json. */
export function bundleIsStale() {
  const bundle = path.join(root, "dist", "provider.js");
  if (!existsSync(bundle) || !existsSync(path.join(root, "dist", "start.js"))) return true;
  const built = statSync(bundle).mtimeMs;
  return newestMtime(path.join(root, "src")) > built || statSync(path.join(root, "package.json")).mtimeMs > built;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // `--if-stale` (bin/smartenroll install-provider in a checkout): nothing to do while the bundles are current.
  if (process.argv.includes("--if-stale") && !bundleIsStale()) process.exit(0);
  const { ensureDeps } = await import("./ensure-deps.mjs");
  ensureDeps();
  await build();
  if (process.argv.includes("--package")) await buildPackage();
}
