import type { Agent, IncomingHttpHeaders } from "node:http";
import { httpsTrust } from "./https-trust";

/** An HTTP answer, body read whole. */
export interface HttpAnswer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly text: string;
}

/** One request of {@link HttpPool.exchange}. */
export interface HttpExchange {
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
  readonly signal?: AbortSignal;
}

/** A failed exchange: the cause, and whether the request may have reached the server. */
export class ExchangeError extends Error {
  constructor(
    override readonly cause: unknown,
    /** True when the connection carrying the request was never established, so the server cannot have seen it. */
    readonly beforeConnect: boolean,
  ) {
    super((cause as Error)?.message || String(cause));
  }
}

/** Methods whose requests are never repeated by the server's processing; a POST never rides a reused connection. */
const REUSABLE = new Set(["GET", "HEAD", "PUT", "DELETE"]);

/**
 * Keep-alive connections to one origin through Node's own `node:http`/`node:https` (built in: nothing to load or
 * compile beyond Node's modules, and no WebAssembly parser as with undici). Up to 16 connections; idle ones never keep
 * the process alive. A POST gets a connection of its own, so that a server closing an idle connection at the moment
 * it is reused can never make a create's fate unknown. HTTPS trusts Node's roots plus `extraCaFile`.
 */
export class HttpPool {
  private agent?: Agent;
  private singleUse?: Agent;
  private readonly https: boolean;

  constructor(
    origin: string,
    private readonly extraCaFile?: string,
    private readonly warn?: (msg: string) => void,
  ) {
    this.https = origin.startsWith("https:");
  }

  /** Sends one request and reads the whole answer; rejects with an {@link ExchangeError}. */
  exchange(url: string, req: HttpExchange): Promise<HttpAnswer> {
    const mod: typeof import("node:http") = this.https ? require("node:https") : require("node:http");
    const agent = REUSABLE.has(req.method) ? this.pooled(mod) : this.single(mod);
    return new Promise((resolve, reject) => {
      let connected = false;
      const fail = (e: unknown) => reject(new ExchangeError(e, !connected));
      const r = mod.request(url, { method: req.method, headers: req.headers, agent, signal: req.signal }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", fail);
      });
      r.on("socket", (s) => {
        if (r.reusedSocket || !s.connecting) connected = true;
        else s.once(this.https ? "secureConnect" : "connect", () => (connected = true));
      });
      r.on("error", fail);
      r.end(req.body);
    });
  }

  /** Closes every connection. */
  close(): void {
    this.agent?.destroy();
    this.singleUse?.destroy();
  }

  private pooled(mod: typeof import("node:http")): Agent {
    return (this.agent ??= new mod.Agent({ keepAlive: true, maxSockets: 16, ...this.tls() }));
  }

  /** Connections closed after their one request (TLS sessions are still resumed). */
  private single(mod: typeof import("node:http")): Agent {
    return (this.singleUse ??= new mod.Agent({ keepAlive: false, maxSockets: 16, ...this.tls() }));
  }

  private secureContext?: { secureContext?: import("node:tls").SecureContext };
  private tls(): { secureContext?: import("node:tls").SecureContext } {
    if (!this.https) return {};
    if (!this.secureContext) {
      const { secureContext, problem } = httpsTrust(this.extraCaFile);
      if (problem) this.warn?.(problem);
      this.secureContext = { secureContext };
    }
    return this.secureContext;
  }
}
