import type { Server, Socket } from "node:net";
import { H2Connection, type ConnectionOptions } from "./connection";
import { grpcDispatcher, type Methods } from "./grpc-call";

/** Mutual TLS: this server's key and certificate, and the one client certificate it trusts. */
export interface MutualTls {
  readonly keyPem: string;
  readonly certPem: string;
  readonly clientCertPem: string;
}

/** A gRPC server on a unix socket, over TLS (mutually authenticated, ALPN h2) or, without `tls`, plain HTTP/2. */
export class GrpcServer {
  private readonly connections = new Set<H2Connection>();

  private constructor(
    private readonly server: Server,
    event: "connection" | "secureConnection",
    methods: Methods,
    options: ConnectionOptions,
  ) {
    const dispatch = grpcDispatcher(methods);
    const accept = (socket: Socket) => {
      socket.setNoDelay?.(true);
      const conn: H2Connection = new H2Connection(socket, (stream) => dispatch(conn, stream), options);
      this.connections.add(conn);
      socket.on("close", () => this.connections.delete(conn));
    };
    server.on(event, accept);
  }

  /**
   * Listens on `socketPath` and serves `methods`. `node:tls` and `node:net` are required (not imported): the bundle
   * runs as a script through the code cache, where a dynamic import of a built-in module has no loader.
   */
  static async listen(socketPath: string, methods: Methods, tls?: MutualTls, options: ConnectionOptions = {}): Promise<GrpcServer> {
    const server: Server = tls
      ? (require("node:tls") as typeof import("node:tls")).createServer({
          key: tls.keyPem,
          cert: tls.certPem,
          ca: tls.clientCertPem,
          requestCert: true,
          rejectUnauthorized: true,
          ALPNProtocols: ["h2"],
        })
      : (require("node:net") as typeof import("node:net")).createServer();
    const grpc = new GrpcServer(server, tls ? "secureConnection" : "connection", methods, options);
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(socketPath, () => resolve());
    });
    return grpc;
  }

  /** Stops listening and closes every connection once its open calls have ended; `done` runs then. */
  shutdown(done: () => void): void {
    this.server.close();
    let open = this.connections.size;
    if (open === 0) return done();
    for (const conn of this.connections) conn.close(() => --open === 0 && done());
  }
}
