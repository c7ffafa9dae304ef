import * as grpc from "@grpc/grpc-js";
import { mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:http2";
import { tmpdir } from "node:os";
import path from "node:path";
import { GrpcServer } from "../../../src/plugin/server/grpc-server";

const raw = (b: Uint8Array) => Buffer.from(b);
const dir = mkdtempSync(path.join(tmpdir(), "grpc-server-"));
const socket = path.join(dir, "s.sock");
const server = new GrpcServer();
let client: grpc.Client;
let closed = 0;

beforeAll(async () => {
  server.addUnary("/t.S/Echo", (req) => Buffer.concat([Buffer.from("echo:"), req]));
  server.addUnary("/t.S/Later", async (req) => new Uint8Array(req.length));
  server.addUnary("/t.S/Slow", () => new Promise((r) => setTimeout(() => r(new Uint8Array(1)), 200)));
  server.addUnary("/t.S/Fails", () => Promise.reject(new Error("it broke: 100% ünicode")));
  server.addServerStream("/t.S/Watch", (req, call) => {
    call.write(req);
    call.write(Buffer.from("second"));
    if (req.toString() === "end") call.end();
    call.onClose(() => closed++);
  });
  await server.listen(socket);
  client = new grpc.Client(`unix://${socket}`, grpc.credentials.createInsecure());
});
afterAll(async () => {
  client.close();
  await new Promise<void>((r) => server.shutdown(r));
  rmSync(dir, { recursive: true, force: true });
});

const unary = (method: string, req: Uint8Array) =>
  new Promise<Buffer>((resolve, reject) => client.makeUnaryRequest(method, raw, raw, req, (err, res) => (err ? reject(err) : resolve(res!))));

describe("the plugin's gRPC server over node:http2", () => {
  test("answers unary calls, synchronous and asynchronous, empty messages included", async () => {
    expect((await unary("/t.S/Echo", Buffer.from("hi"))).toString()).toBe("echo:hi");
    expect((await unary("/t.S/Echo", new Uint8Array())).toString()).toBe("echo:");
    expect((await unary("/t.S/Later", Buffer.alloc(70_000, 1))).length).toBe(70_000);
  });

  test("a failing handler is INTERNAL with its message; an unknown method UNIMPLEMENTED", async () => {
    await expect(unary("/t.S/Fails", new Uint8Array())).rejects.toMatchObject({ code: grpc.status.INTERNAL, details: "it broke: 100% ünicode" });
    await expect(unary("/t.S/Nope", new Uint8Array())).rejects.toMatchObject({ code: grpc.status.UNIMPLEMENTED });
  });

  test("server streams deliver each message, then OK when the handler ends them", async () => {
    const call = client.makeServerStreamRequest("/t.S/Watch", raw, raw, Buffer.from("end"));
    const got: string[] = [];
    call.on("data", (d: Buffer) => got.push(d.toString()));
    const status = await new Promise<grpc.StatusObject>((r) => call.on("status", r));
    expect(status.code).toBe(grpc.status.OK);
    expect(got).toEqual(["end", "second"]);
  });

  test("a held stream the client cancels is reported closed", async () => {
    const before = closed;
    const call = client.makeServerStreamRequest("/t.S/Watch", raw, raw, Buffer.from("hold"));
    call.on("error", () => undefined);
    await new Promise((r) => call.once("data", r));
    call.cancel();
    await new Promise((r) => setTimeout(r, 100));
    expect(closed).toBe(before + 1);
  });

  test("a client that drops its connection mid-call does not bring the server down", async () => {
    const socketToServer = require("node:net").connect(socket);
    const session = connect("http://localhost", { createConnection: () => socketToServer });
    session.on("error", () => undefined);
    const stream = session.request({ ":method": "POST", ":path": "/t.S/Slow", "content-type": "application/grpc", te: "trailers" });
    stream.on("error", () => undefined);
    stream.end(Buffer.from([0, 0, 0, 0, 0]));
    await new Promise((r) => setTimeout(r, 50));
    socketToServer.destroy();
    await new Promise((r) => setTimeout(r, 300));
    expect((await unary("/t.S/Echo", Buffer.from("still here"))).toString()).toBe("echo:still here");
  });

  test("a compressed message is refused, not misread", async () => {
    const session = connect(`http://localhost`, { createConnection: () => require("node:net").connect(socket) });
    const stream = session.request({ ":method": "POST", ":path": "/t.S/Echo", "content-type": "application/grpc", te: "trailers" });
    const message = Buffer.from([1, 0, 0, 0, 2, 0x61, 0x62]);
    stream.end(message);
    const headers = await new Promise<Record<string, unknown>>((r) => stream.on("response", r));
    stream.resume();
    session.close();
    expect(headers["grpc-status"]).toBe(String(grpc.status.INTERNAL));
    expect(decodeURIComponent(String(headers["grpc-message"]))).toMatch(/compressed messages are not supported/);
  });
});
