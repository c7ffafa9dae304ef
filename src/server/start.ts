import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { RATE_WINDOW_MS } from "../model/contract";
import { LOCAL_SERVER_SOFTWARE } from "../model/local-server";
import { secretKey } from "./auth";
import { openDb } from "./db";
import { handleRequest } from "./pipeline";
import { apiRoutes } from "./routes";
import { ServerState } from "./state";

/** Options of {@link startServer}. */
export interface ServerOptions {
  port?: number;
  host?: string;
  /** SQLite file; omit for an in-memory store. */
  dbFile?: string;
  jwtSecret: string;
  /** Token for `/_emulator/*` (header `X-Emulator-Token`); random if omitted. */
  adminToken?: string;
  /** Enforce the per-user rate limits (default true). */
  rateLimits?: boolean;
  /** Rate-limit window in ms (default the documented minute, `RATE_WINDOW_MS`). */
  rateWindowMs?: number;
  /** Entries the request log keeps, oldest dropped first (default 10000). */
  requestLogSize?: number;
}

/** A running server. */
export interface RunningServer {
  /** e.g. `http://127.0.0.1:8080` */
  url: string;
  adminToken: string;
  /** Stops accepting requests, drops idle connections and closes the database. */
  close(): Promise<void>;
}

/** Starts the local SmartEnroll API server. */
export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  if (!opts.jwtSecret) throw new Error("a JWT secret is required");
  const db = openDb(opts.dbFile);
  const adminToken = opts.adminToken ?? randomBytes(24).toString("hex");
  const state = new ServerState(db, secretKey(opts.jwtSecret), adminToken, opts.rateLimits ?? true, opts.rateWindowMs ?? RATE_WINDOW_MS, opts.requestLogSize);
  const routes = apiRoutes();
  const server = createServer((req, res) => {
    res.setHeader("server", LOCAL_SERVER_SOFTWARE);
    handleRequest(state, routes, req, res).catch((e: unknown) => {
      console.error("smartenroll server:", e);
      res.destroy();
    });
  });
  server.keepAliveTimeout = 5_000;
  const host = opts.host ?? "127.0.0.1";
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(opts.port ?? 8080, host, () => resolve());
    });
  } catch (e) {
    db.close();
    throw e;
  }
  const port = (server.address() as AddressInfo).port;
  const shownHost = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
  let closed: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${port}`,
    adminToken,
    close: () =>
      (closed ??= new Promise<void>((resolve) => {
        server.close(() => {
          void state.deliveries.close().finally(() => {
            db.close();
            resolve();
          });
        });
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 1_000).unref();
      })),
  };
}
