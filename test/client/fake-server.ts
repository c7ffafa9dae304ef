import http from "node:http";
import type { AddressInfo } from "node:net";
import { createClient, type ClientOptions, type SmartEnrollClient } from "../../src/client";

/** A request the fake server received. */
export interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: unknown;
}

/** What a handler returns: status, JSON body and headers; or "drop" to destroy the socket. */
export type Reply = { status: number; body?: unknown; headers?: Record<string, string> } | "drop";

/** A tiny JSON server on 127.0.0.1:0 for client unit tests. */
export async function startFake(handler: (req: Seen, n: number) => Reply | Promise<Reply>) {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", async () => {
      const text = Buffer.concat(chunks).toString();
      const s: Seen = { method: req.method!, url: req.url!, headers: req.headers, body: text ? JSON.parse(text) : undefined };
      seen.push(s);
      const r = await handler(s, seen.length);
      if (r === "drop") {
        req.socket.destroy();
        return;
      }
      res.writeHead(r.status, { "content-type": "application/json", ...r.headers });
      res.end(r.body === undefined ? "" : JSON.stringify(r.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const clients: SmartEnrollClient[] = [];
  return {
    url,
    seen,
    /** A client for this server (pacing off unless asked), closed with the server. */
    client(opts: Partial<ClientOptions> = {}) {
      const c = createClient({ baseUrl: url, token: "t", pacing: false, ...opts });
      clients.push(c);
      return c;
    },
    close: async () => {
      await Promise.all(clients.splice(0).map((c) => c.close()));
      if (!server.listening) return;
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}

/** A project as the API would return it. */
export function project(id: string, extra: Record<string, unknown> = {}) {
  return { _id: id, name: `p-${id}`, status: "draft", projectFlows: [], ...extra };
}

/** The seed's minimal create body (P1), with a chosen name. */
export function newProject(name: string) {
  return {
    name,
    allowedCountries: ["United States"],
    contactEmail: "admin@example.com",
    privacyUrl: "https://example.com/privacy",
    termsAndConditionsUrl: "https://example.com/terms",
    dataProtection: { name: "John Doe", email: "dpo@example.com", address: "123 Main St", city: "New York", country: "United States", postalCode: "10001" },
  };
}
