import * as grpc from "@grpc/grpc-js";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Method, ServerStreamCall } from "../../../../src/plugin/server/h2/grpc-call";
import { GrpcServer } from "../../../../src/plugin/server/h2/server";
import { makeServerCertificate } from "../../../../src/plugin/server/self-signed-cert";

const dir = mkdtempSync(path.join(tmpdir(), "h2-grpc-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const held: ServerStreamCall[] = [];
const methods = new Map<string, Method>([
  ["/t.S/Size", { unary: (req) => Buffer.from(String(req.length)) }],
  ["/t.S/Big", { unary: async () => Buffer.alloc(3 << 20, 9) }],
  ["/t.S/Fail", { unary: () => Promise.reject(new Error("bad 100% ünïcode\nline")) }],
  ["/t.S/Watch", { stream: (_req, call) => (call.write(Buffer.from("first")), held.push(call)) }],
]);
const pass = (x: Uint8Array) => Buffer.from(x);
const unary = (c: grpc.Client, m: string, req: Uint8Array) =>
  new Promise<Buffer>((resolve, reject) => c.makeUnaryRequest(m, pass, pass, req, (err, res) => (err ? reject(err) : resolve(res!))));

describe("the gRPC server, with a grpc-js client", () => {
  test("over mutual TLS: unary calls over 1 MiB both ways, UNIMPLEMENTED, errors with their message, server streams", async () => {
    const [server, client] = await Promise.all([makeServerCertificate(), makeServerCertificate()]);
    const socketPath = path.join(dir, "tls.sock");
    const s = await GrpcServer.listen(socketPath, methods, { keyPem: server.keyPem, certPem: server.certPem, clientCertPem: client.certPem });
    const creds = grpc.credentials.createSsl(Buffer.from(server.certPem), Buffer.from(client.keyPem), Buffer.from(client.certPem));
    const c = new grpc.Client(`unix://${socketPath}`, creds, { "grpc.ssl_target_name_override": "localhost", "grpc.default_authority": "localhost" });

    expect((await unary(c, "/t.S/Size", Buffer.alloc(5 << 20))).toString()).toBe(String(5 << 20));
    expect((await unary(c, "/t.S/Big", Buffer.alloc(0))).equals(Buffer.alloc(3 << 20, 9))).toBe(true);
    await expect(unary(c, "/t.S/Nope", Buffer.alloc(0))).rejects.toMatchObject({ code: grpc.status.UNIMPLEMENTED });
    await expect(unary(c, "/t.S/Fail", Buffer.alloc(0))).rejects.toMatchObject({ code: grpc.status.INTERNAL, details: "bad 100% ünïcode\nline" });

    const watch = c.makeServerStreamRequest("/t.S/Watch", pass, pass, Buffer.alloc(0));
    const messages: string[] = [];
    watch.on("data", (m: Buffer) => {
      messages.push(m.toString());
      held.forEach((h) => h.end());
    });
    const status = await new Promise<grpc.StatusObject>((r) => watch.on("status", r));
    expect(status.code).toBe(grpc.status.OK);
    expect(messages).toEqual(["first"]);

    c.close();
    await new Promise<void>((r) => s.shutdown(r));
  });

  test("refuses a TLS client whose certificate it does not trust", async () => {
    const [server, trusted, other] = await Promise.all([makeServerCertificate(), makeServerCertificate(), makeServerCertificate()]);
    const socketPath = path.join(dir, "untrusted.sock");
    const s = await GrpcServer.listen(socketPath, methods, { keyPem: server.keyPem, certPem: server.certPem, clientCertPem: trusted.certPem });
    const creds = grpc.credentials.createSsl(Buffer.from(server.certPem), Buffer.from(other.keyPem), Buffer.from(other.certPem));
    const c = new grpc.Client(`unix://${socketPath}`, creds, { "grpc.ssl_target_name_override": "localhost", "grpc.default_authority": "localhost" });
    await expect(unary(c, "/t.S/Size", Buffer.alloc(1))).rejects.toMatchObject({ code: grpc.status.UNAVAILABLE });
    c.close();
    await new Promise<void>((r) => s.shutdown(r));
  });

  test("without TLS (debug mode), and a shutdown waits for the call in flight", async () => {
    const socketPath = path.join(dir, "plain.sock");
    let release!: () => void;
    const slow = new Map<string, Method>([["/t.S/Slow", { unary: () => new Promise<Uint8Array>((r) => (release = () => r(Buffer.from("done")))) }]]);
    const s = await GrpcServer.listen(socketPath, slow);
    const c = new grpc.Client(`unix://${socketPath}`, grpc.credentials.createInsecure());
    const answer = unary(c, "/t.S/Slow", Buffer.alloc(0));
    await new Promise((r) => setTimeout(r, 50));
    const closed = new Promise<void>((r) => s.shutdown(r));
    release();
    expect((await answer).toString()).toBe("done");
    await closed;
    c.close();
  });
});
