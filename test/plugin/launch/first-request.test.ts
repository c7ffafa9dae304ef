import http from "node:http";
import type { AddressInfo } from "node:net";
import { cachedDataVersionTag } from "node:v8";
import { createClient } from "../../../src/client";
import { liftoffOnlyForFirstRequest } from "../../../src/plugin/launch/first-request";
import { project } from "../../client/fake-server";

describe("the process's first HTTP request (launcher hook on undici's diagnostics channels)", () => {
  test("runs with V8's optimizing WebAssembly tier off, and the flags are restored afterwards", async () => {
    const tags: number[] = [];
    const server = http.createServer((_req, res) => {
      tags.push(cachedDataVersionTag());
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ data: project("p1") }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const before = cachedDataVersionTag();
    liftoffOnlyForFirstRequest();
    expect(cachedDataVersionTag()).toBe(before);
    const client = createClient({ baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, token: "t", pacing: false });
    try {
      await client.projects.get("p1");
      await client.projects.get("p1");
    } finally {
      await client.close();
      server.close();
    }
    // V8's flags are part of this tag: different while the first request was in flight, the same afterwards.
    expect(tags[0]).not.toBe(before);
    expect(tags[1]).toBe(before);
    expect(cachedDataVersionTag()).toBe(before);
  });

  test("a first connection that fails restores the flags too", async () => {
    const before = cachedDataVersionTag();
    liftoffOnlyForFirstRequest();
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const client = createClient({ baseUrl: `http://127.0.0.1:${port}`, token: "t", pacing: false, retry: { maxRetries: 0 } });
    try {
      await expect(client.projects.get("p1")).rejects.toThrow();
    } finally {
      await client.close();
    }
    expect(cachedDataVersionTag()).toBe(before);
  });
});
