import http2 from "node:http2";
import net from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { H2Connection, type ConnectionOptions } from "../../../../src/plugin/server/h2/connection";
import { encodeHeaders } from "../../../../src/plugin/server/h2/hpack-encoder";
import type { H2Stream } from "../../../../src/plugin/server/h2/stream";

const dir = mkdtempSync(path.join(tmpdir(), "h2-conn-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const OK = encodeHeaders([[":status", "200"]]);
const TRAILERS = encodeHeaders([["x-done", "1"]]);

/** A server whose handler answers by path: /echo (the body), /big (2 MiB), /later/N (after N ms), /hold (never). */
async function serve(options: ConnectionOptions = {}) {
  const resets: string[] = [];
  const answer = (conn: H2Connection, stream: H2Stream) => {
    const p = stream.header(":path")!;
    if (p === "/hold") return void (stream.onReset = () => resets.push(p));
    const body = p === "/echo" ? Buffer.from(`${stream.body().length}:${stream.body().subarray(0, 4)}`) : p === "/big" ? Buffer.alloc(2 << 20, 7) : Buffer.from(p);
    const ms = p.startsWith("/later/") ? Number(p.slice(7)) : 0;
    const reply = () => conn.send(stream, OK, body, TRAILERS);
    if (ms) setTimeout(reply, ms);
    else reply();
  };
  const socketPath = path.join(dir, `s${Math.random()}.sock`);
  const sockets: net.Socket[] = [];
  const server = net.createServer((socket) => {
    sockets.push(socket);
    const conn: H2Connection = new H2Connection(socket, (s) => answer(conn, s), options);
  });
  await new Promise<void>((r) => server.listen(socketPath, r));
  const client = http2.connect("http://localhost", { createConnection: () => net.connect(socketPath), settings: { initialWindowSize: 16_384 } });
  return { client, resets, close: () => (client.destroy(), sockets.forEach((x) => x.destroy()), server.close()) };
}

function request(client: http2.ClientHttp2Session, p: string, body: Buffer = Buffer.alloc(0)): Promise<{ status: number; body: Buffer; trailers: http2.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = client.request({ ":method": "POST", ":path": p, "x-custom": "huffman and dynamic table" });
    const chunks: Buffer[] = [];
    let status = 0;
    let trailers: http2.IncomingHttpHeaders = {};
    req.on("response", (h) => (status = Number(h[":status"])));
    req.on("trailers", (t) => (trailers = t));
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve({ status, body: Buffer.concat(chunks), trailers }));
    req.on("error", reject);
    req.end(body);
  });
}

describe("an HTTP/2 connection", () => {
  test("answers requests with headers, data and trailers, many times over one connection", async () => {
    const s = await serve();
    for (let i = 0; i < 3; i++) {
      const r = await request(s.client, "/echo", Buffer.from("ping"));
      expect(r).toMatchObject({ status: 200, body: Buffer.from("4:ping"), trailers: { "x-done": "1" } });
    }
    s.close();
  });

  test("takes a request over 1 MiB through small receive windows, raising them as it reads", async () => {
    const s = await serve({ streamWindow: 65_535, connectionWindow: 65_535 });
    const body = Buffer.alloc(3 << 20, 1);
    body.write("big!");
    expect((await request(s.client, "/echo", body)).body.toString()).toBe(`${3 << 20}:big!`);
    s.close();
  });

  test("sends a response over 1 MiB within the client's 16 KiB stream window, resuming on WINDOW_UPDATE", async () => {
    const s = await serve();
    const [a, b] = await Promise.all([request(s.client, "/big"), request(s.client, "/big")]);
    expect(a.body.equals(Buffer.alloc(2 << 20, 7))).toBe(true);
    expect(b.body.length).toBe(2 << 20);
    expect(a.trailers["x-done"]).toBe("1");
    s.close();
  });

  test("answers interleaved concurrent streams out of order, each with its own answer", async () => {
    const s = await serve();
    const delays = [60, 10, 40, 0, 30, 20, 50, 5, 45, 15];
    const answers = await Promise.all(delays.map((d) => request(s.client, `/later/${d}`)));
    expect(answers.map((a) => a.body.toString())).toEqual(delays.map((d) => `/later/${d}`));
    s.close();
  });

  test("answers PING", async () => {
    const s = await serve();
    await new Promise((r) => s.client.once("connect", r));
    await new Promise<void>((resolve, reject) => s.client.ping(Buffer.from("12345678"), (err, _ms, payload) => (err ? reject(err) : (expect(payload.toString()).toBe("12345678"), resolve()))));
    s.close();
  });

  test("forgets a call the client resets, and keeps serving the connection", async () => {
    const s = await serve();
    const req = s.client.request({ ":method": "POST", ":path": "/hold" });
    req.on("error", () => undefined);
    req.end();
    await new Promise((r) => setTimeout(r, 30));
    req.close(http2.constants.NGHTTP2_CANCEL);
    await new Promise((r) => setTimeout(r, 30));
    expect(s.resets).toEqual(["/hold"]);
    expect((await request(s.client, "/echo", Buffer.from("more"))).body.toString()).toBe("4:more");
    s.close();
  });

  test("ends the connection with GOAWAY on a bad preface", async () => {
    const socketPath = path.join(dir, "bad.sock");
    const server = net.createServer((socket) => new H2Connection(socket, () => undefined));
    await new Promise<void>((r) => server.listen(socketPath, r));
    const sock = net.connect(socketPath);
    const got: Buffer[] = [];
    sock.on("data", (d: Buffer) => got.push(d));
    sock.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    await new Promise((r) => sock.on("end", r));
    const all = Buffer.concat(got);
    // SETTINGS, WINDOW_UPDATE, then GOAWAY (type 7) with PROTOCOL_ERROR (1).
    const goaway = all.indexOf(Buffer.from([0x07, 0x00, 0x00, 0x00, 0x00, 0x00]));
    expect(goaway).toBeGreaterThan(0);
    expect(all.readUInt32BE(goaway + 10)).toBe(1);
    sock.destroy();
    await new Promise((r) => server.close(r));
  });
});
