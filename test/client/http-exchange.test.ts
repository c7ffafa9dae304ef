import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { AmbiguousWriteError, createClient, NetworkError } from "../../src/client";
import { HttpPool } from "../../src/client/http-exchange";
import { newProject } from "./fake-server";

describe("HTTP exchanges (node:http keep-alive pool)", () => {
  test("GETs and PUTs share kept-alive connections; a POST gets a connection of its own, closed after its answer", async () => {
    const ports: Array<[string, number]> = [];
    const server = http.createServer((req, res) => {
      ports.push([req.method!, req.socket.remotePort!]);
      req.resume();
      req.on("end", () => res.end("{}"));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const pool = new HttpPool(origin);
    try {
      for (const method of ["GET", "PUT", "POST", "GET"]) {
        const answer = await pool.exchange(`${origin}/x`, { method, headers: { "content-length": "2" }, body: "{}" });
        expect(answer).toMatchObject({ status: 200, text: "{}" });
      }
    } finally {
      pool.close();
      server.closeAllConnections();
      server.close();
    }
    const [get, put, post, again] = ports;
    expect(put[1]).toBe(get[1]);
    expect(again[1]).toBe(get[1]);
    expect(post[1]).not.toBe(get[1]);
  });

  test("a request whose connection never came up (no TLS handshake) is known unsent: a create fails plainly, never as ambiguous", async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((s) => void sockets.push(s));
    await new Promise<void>((r) => silent.listen(0, "127.0.0.1", r));
    const client = createClient({ baseUrl: `https://127.0.0.1:${(silent.address() as AddressInfo).port}`, token: "t", pacing: false, requestTimeoutMs: 200, retry: { maxRetries: 0 } });
    try {
      const err = await client.projects.create(newProject("x")).catch((e: unknown) => e);
      expect(err).not.toBeInstanceOf(AmbiguousWriteError);
      expect(err).toBeInstanceOf(NetworkError);
      expect(err).toMatchObject({ notSent: true, code: "ETIMEDOUT" });
    } finally {
      await client.close();
      sockets.forEach((s) => s.destroy());
      silent.close();
    }
  });
});
