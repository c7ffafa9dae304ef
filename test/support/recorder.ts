/**
 * A recording reverse proxy: terraform talks to it, it forwards to the server and keeps each request's method,
 * path and JSON body, so tests can check *what* an apply sent (the server's request log has no bodies).
 * A connection the server drops is dropped towards the client too, so injected faults look the same.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Agent, request } from "undici";

/** One request that went through the proxy. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  body: unknown;
  status: number;
}

/** A running proxy: its URL, what it saw, and how to stop it. */
export interface Recorder {
  url: string;
  requests: RecordedRequest[];
  clear(): void;
  close(): Promise<void>;
}

const HOP = new Set(["connection", "keep-alive", "transfer-encoding", "host", "content-length", "upgrade"]);

/** Starts a proxy on 127.0.0.1 (random port) in front of `target`. */
export async function startRecorder(target: string): Promise<Recorder> {
  const agent = new Agent({ keepAliveTimeout: 4_000, connections: 64 });
  const requests: RecordedRequest[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      void (async () => {
        const raw = Buffer.concat(chunks);
        const url = new URL(req.url ?? "/", "http://x");
        const entry: RecordedRequest = { method: req.method ?? "GET", path: url.pathname, query: url.search, body: undefined, status: 0 };
        if (raw.length > 0) {
          try {
            entry.body = JSON.parse(raw.toString("utf8"));
          } catch {
            entry.body = raw.toString("utf8");
          }
        }
        requests.push(entry);
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(req.headers)) if (!HOP.has(k) && typeof v === "string") headers[k] = v;
        try {
          const up = await request(new URL(req.url ?? "/", target), {
            method: entry.method as "GET",
            headers,
            body: raw.length > 0 ? raw : undefined,
            dispatcher: agent,
          });
          const body = Buffer.from(await up.body.arrayBuffer());
          entry.status = up.statusCode;
          const out: Record<string, string> = {};
          for (const [k, v] of Object.entries(up.headers)) if (!HOP.has(k) && typeof v === "string") out[k] = v;
          res.writeHead(up.statusCode, out);
          res.end(body);
        } catch {
          entry.status = -1;
          req.socket.destroy();
        }
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    clear: () => {
      requests.length = 0;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await agent.close();
    },
  };
}
