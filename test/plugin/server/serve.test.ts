import * as grpc from "@grpc/grpc-js";
import { ChildProcess, spawn, spawnSync } from "node:child_process";
import { X509Certificate } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { MAGIC_COOKIE_VALUE } from "../../../src/plugin/server/handshake";
import { makeServerCertificate, ServerCertificate } from "../../../src/plugin/server/self-signed-cert";
import { tfplugin6 } from "../../../src/plugin/proto/messages";
import { prepareAnswers } from "../../../src/plugin/server/provider-runtime";
import { TestProvider } from "../fixtures/test-provider/provider";

const bundle = path.resolve(__dirname, "../../../dist/test-provider.js");
/** Plays Terraform's client certificate (set in beforeAll). */
let client: ServerCertificate;
let launched: NodeJS.ProcessEnv;
/** The providers' socket folders go here, so the ones killed with SIGKILL leave nothing behind. */
const socketRoot = mkdtempSync(path.join(tmpdir(), "serve-test-"));
afterAll(() => rmSync(socketRoot, { recursive: true, force: true }));
beforeAll(async () => {
  client = await makeServerCertificate();
  launched = { TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: "5,6", PLUGIN_CLIENT_CERT: client.certPem };
});

interface Started {
  proc: ChildProcess;
  line: string;
  fields: string[];
  /** Everything printed on stdout so far. */
  output(): string;
}

function start(env: NodeJS.ProcessEnv, args: string[] = []): Promise<Started> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [bundle, ...args], { env: { PATH: process.env.PATH, TMPDIR: socketRoot, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    proc.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const nl = out.indexOf("\n");
      if (nl >= 0) resolve({ proc, line: out.slice(0, nl), fields: out.slice(0, nl).split("|"), output: () => out });
    });
    proc.on("error", reject);
    proc.on("exit", (code) => (out.includes("\n") ? undefined : reject(new Error(`exited ${code}: ${out}`))));
  });
}

function unary(conn: grpc.Client, method: string, req: Uint8Array): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    conn.makeUnaryRequest(method, (x: Uint8Array) => Buffer.from(x), (b: Buffer) => b, req, (err, res) => (err ? reject(err) : resolve(res!)));
  });
}

function connect(socket: string, serverCertDer: string, clientCert: ServerCertificate = client): grpc.Client {
  const pem = `-----BEGIN CERTIFICATE-----\n${Buffer.from(serverCertDer, "base64").toString("base64")}\n-----END CERTIFICATE-----\n`;
  const creds = grpc.credentials.createSsl(Buffer.from(pem), Buffer.from(clientCert.keyPem), Buffer.from(clientCert.certPem));
  return new grpc.Client(`unix://${socket}`, creds, { "grpc.ssl_target_name_override": "localhost", "grpc.default_authority": "localhost" });
}

describe("serving the provider", () => {
  const procs: ChildProcess[] = [];
  afterAll(() => procs.forEach((p) => p.kill("SIGKILL")));

  test("prints the handshake line with an unpadded certificate for localhost", async () => {
    const s = await start(launched);
    procs.push(s.proc);
    expect(s.fields.slice(0, 3)).toEqual(["1", "6", "unix"]);
    expect(path.isAbsolute(s.fields[3])).toBe(true);
    expect(s.fields[4]).toBe("grpc");
    expect(s.fields[5]).not.toMatch(/=/);
    const cert = new X509Certificate(Buffer.from(s.fields[5], "base64"));
    expect(cert.subjectAltName).toBe("DNS:localhost");
    expect(cert.verify(cert.publicKey)).toBe(true);
  });

  test("answers tfplugin6, health and controller calls over mTLS, then exits on Shutdown", async () => {
    const s = await start(launched);
    procs.push(s.proc);
    const conn = connect(s.fields[3], s.fields[5]);
    const schema = tfplugin6.GetProviderSchema.Response.decode(await unary(conn, "/tfplugin6.Provider/GetProviderSchema", new Uint8Array()));
    expect(Object.keys(schema.resourceSchemas)).toEqual(["plugintest_thing"]);
    expect(schema.serverCapabilities).toMatchObject({ planDestroy: true, getProviderSchemaOptional: true });
    expect([...(await unary(conn, "/grpc.health.v1.Health/Check", new Uint8Array()))]).toEqual([0x08, 0x01]);
    await expect(unary(conn, "/tfplugin6.Provider/CallFunction", new Uint8Array())).rejects.toMatchObject({ code: grpc.status.UNIMPLEMENTED });
    const exited = new Promise<number | null>((r) => s.proc.on("exit", r));
    await unary(conn, "/plugin.GRPCController/Shutdown", new Uint8Array());
    expect(await exited).toBe(0);
    conn.close();
  });

  test("on Shutdown, ends the held GRPCStdio stream cleanly and exits without waiting for the client to hang up", async () => {
    const s = await start(launched);
    procs.push(s.proc);
    const conn = connect(s.fields[3], s.fields[5]);
    const stdio = conn.makeServerStreamRequest("/plugin.GRPCStdio/StreamStdio", (x: Uint8Array) => Buffer.from(x), (b: Buffer) => b, new Uint8Array());
    const stdioStatus = new Promise<grpc.StatusObject>((r) => stdio.on("status", r));
    stdio.on("data", () => undefined);
    stdio.on("error", () => undefined);
    expect([...(await unary(conn, "/grpc.health.v1.Health/Check", new Uint8Array()))]).toEqual([0x08, 0x01]);
    const exited = new Promise<number | null>((r) => s.proc.on("exit", r));
    const t0 = Date.now();
    await unary(conn, "/plugin.GRPCController/Shutdown", new Uint8Array());
    expect((await stdioStatus).code).toBe(grpc.status.OK);
    expect(await exited).toBe(0);
    // The connection is still open on our side: the process left on its own, before its 1 s fallback.
    expect(Date.now() - t0).toBeLessThan(900);
    conn.close();
  });

  test("answers GetProviderSchema with the bytes prepared when the bundle was built, equal to the live provider's answer", async () => {
    const live = await prepareAnswers(new TestProvider());
    // scripts/build.mjs embedded them: the bundle holds the encoded answer itself, not code that computes it.
    expect(readFileSync(bundle, "utf8")).toContain(live.GetProviderSchema);
    const s = await start(launched);
    procs.push(s.proc);
    const conn = connect(s.fields[3], s.fields[5]);
    const served = await unary(conn, "/tfplugin6.Provider/GetProviderSchema", new Uint8Array());
    expect(served.toString("base64")).toBe(live.GetProviderSchema);
    expect((await unary(conn, "/tfplugin6.Provider/GetMetadata", new Uint8Array())).toString("base64")).toBe(live.GetMetadata);
    conn.close();
  });

  test("--prepare prints the answers that depend only on the code, as JSON", async () => {
    const r = spawnSync(process.execPath, [bundle, "--prepare"], { encoding: "utf8", env: { PATH: process.env.PATH } });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(await prepareAnswers(new TestProvider()));
  });

  test("refuses a client without Terraform's certificate", async () => {
    const s = await start(launched);
    procs.push(s.proc);
    const conn = connect(s.fields[3], s.fields[5], await makeServerCertificate());
    await expect(unary(conn, "/grpc.health.v1.Health/Check", new Uint8Array())).rejects.toMatchObject({ code: grpc.status.UNAVAILABLE });
    conn.close();
  });

  test("ignores SIGINT and SIGTERM while serving", async () => {
    const s = await start(launched);
    procs.push(s.proc);
    s.proc.kill("SIGINT");
    s.proc.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 300));
    expect(s.proc.exitCode).toBeNull();
  });

  test("a person running it gets an explanation and a non-zero exit", async () => {
    const proc = spawn(process.execPath, [bundle], { env: { PATH: process.env.PATH }, stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    proc.stderr.on("data", (d: Buffer) => (err += d.toString()));
    const code = await new Promise((r) => proc.on("exit", r));
    expect(code).toBe(1);
    expect(err).toMatch(/This binary is a plugin/);
    expect(err).toMatch(/terraform init/);
  });

  test("a startup failure is reported on stdout before the handshake", async () => {
    const s = await start({ TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: "6" });
    expect(s.line).toMatch(/^The provider failed to start: PLUGIN_CLIENT_CERT is not set/);
  });

  test("debug mode prints TF_REATTACH_PROVIDERS and serves without TLS", async () => {
    const s = await start({}, ["--debug"]);
    procs.push(s.proc);
    while (!/TF_REATTACH_PROVIDERS='.*'/.test(s.output())) await new Promise((r) => setTimeout(r, 20));
    const value = JSON.parse(/TF_REATTACH_PROVIDERS='(.*)'/.exec(s.output())![1]);
    const entry = value["registry.terraform.io/smartenroll/plugintest"];
    expect(entry).toMatchObject({ Protocol: "grpc", ProtocolVersion: 6, Pid: s.proc.pid, Addr: { Network: "unix" } });
    const conn = new grpc.Client(`unix://${entry.Addr.String}`, grpc.credentials.createInsecure());
    const meta = tfplugin6.GetMetadata.Response.decode(await unary(conn, "/tfplugin6.Provider/GetMetadata", new Uint8Array()));
    expect(meta.resources.map((r) => r.typeName)).toEqual(["plugintest_thing"]);
    conn.close();
  });
});

describe("an orphaned provider", () => {
  test("exits when the process that launched it dies without Shutdown", async () => {
    const env = { PATH: process.env.PATH, ...launched };
    // The launching shell exits once the provider has printed its handshake, leaving it orphaned.
    const out1 = path.join(require("node:os").tmpdir(), `orphan-${process.pid}-${Date.now()}.out`);
    const script = `"${process.execPath}" "${bundle}" > "${out1}" & echo $!; while [ ! -s "${out1}" ]; do sleep 0.05; done; rm -f "${out1}"`;
    const sh = spawn("sh", ["-c", script], { env, stdio: ["ignore", "pipe", "ignore"] });
    let out = "";
    sh.stdout.on("data", (d: Buffer) => (out += d.toString()));
    await new Promise((r) => sh.on("exit", r));
    const pid = Number(out.split("\n")[0]);
    expect(pid).toBeGreaterThan(0);
    const alive = () => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    const deadline = Date.now() + 10_000;
    while (alive() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(alive()).toBe(false);
  });
});
