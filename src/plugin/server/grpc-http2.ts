import type { Http2Server, Http2SecureServer, ServerHttp2Stream, IncomingHttpHeaders } from "node:http2";
import * as http2 from "node:http2";

/** A unary gRPC method: decode the request message, answer with an encoded response message. */
export interface UnaryMethod {
  readonly kind: "unary";
  handle(request: Buffer): Promise<Uint8Array>;
  /** Runs once the response has been sent (the stream closed). */
  afterResponse?(): void;
}

/** A server-streaming method we only hold open (GRPCStdio) or answer once (Health.Watch). */
export interface StreamMethod {
  readonly kind: "stream";
  /** Messages sent right away; the stream then stays open until the client goes away. */
  readonly initial: Uint8Array[];
}

/** Method table: "/package.Service/Method" → implementation. */
export type GrpcMethods = ReadonlyMap<string, UnaryMethod | StreamMethod>;

/** TLS material for mutual TLS; omit for plaintext (debug mode). */
export interface GrpcTls {
  readonly keyPem: string;
  readonly certPem: string;
  /** The only client certificate accepted (Terraform's, from PLUGIN_CLIENT_CERT). */
  readonly clientCertPem: string;
}

const GRPC_OK = 0;
const GRPC_INTERNAL = 13;
const GRPC_UNIMPLEMENTED = 12;

/**
 * A minimal gRPC server over node:http2: unary calls and hold-open server streams, no compression.
 * It replaces @grpc/grpc-js on the provider's startup path (loading grpc-js costs more than the rest of the
 * handshake together); go-plugin's client speaks plain gRPC over HTTP/2 with ALPN "h2", which is all we need.
 */
export function createGrpcServer(methods: GrpcMethods, tls?: GrpcTls): Http2Server | Http2SecureServer {
  const onStream = (stream: ServerHttp2Stream, headers: IncomingHttpHeaders) => dispatch(methods, stream, headers);
  const settings = { maxConcurrentStreams: 1000, initialWindowSize: 4 * 1024 * 1024 };
  const server = tls
    ? http2.createSecureServer({
        key: tls.keyPem,
        cert: tls.certPem,
        ca: tls.clientCertPem,
        requestCert: true,
        rejectUnauthorized: true,
        minVersion: "TLSv1.2",
        settings,
      })
    : http2.createServer({ settings });
  server.on("stream", onStream);
  server.on("sessionError", () => undefined);
  return server;
}

function dispatch(methods: GrpcMethods, stream: ServerHttp2Stream, headers: IncomingHttpHeaders): void {
  stream.on("error", () => undefined);
  const method = methods.get(String(headers[":path"]));
  if (!method) {
    trailersOnly(stream, GRPC_UNIMPLEMENTED, `unknown method ${String(headers[":path"])}`);
    return;
  }
  if (method.kind === "stream") {
    stream.respond({ ":status": 200, "content-type": "application/grpc" });
    for (const m of method.initial) stream.write(frame(m));
    stream.resume();
    return;
  }
  const chunks: Buffer[] = [];
  stream.on("data", (c: Buffer) => chunks.push(c));
  stream.on("end", () => {
    const body = Buffer.concat(chunks);
    if (body.length < 5 || body[0] !== 0) {
      trailersOnly(stream, GRPC_INTERNAL, body.length < 5 ? "missing request message" : "compressed messages are not supported");
      return;
    }
    const message = body.subarray(5, 5 + body.readUInt32BE(1));
    method.handle(message).then(
      (response) => {
        if (stream.destroyed) return;
        stream.respond({ ":status": 200, "content-type": "application/grpc" }, { waitForTrailers: true });
        stream.once("wantTrailers", () => stream.sendTrailers({ "grpc-status": String(GRPC_OK) }));
        if (method.afterResponse) stream.once("close", () => method.afterResponse!());
        stream.end(frame(response));
      },
      (err: unknown) => trailersOnly(stream, GRPC_INTERNAL, err instanceof Error ? err.message : String(err)),
    );
  });
}

function frame(message: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(5 + message.length);
  out[0] = 0;
  out.writeUInt32BE(message.length, 1);
  out.set(message, 5);
  return out;
}

function trailersOnly(stream: ServerHttp2Stream, status: number, message: string): void {
  if (stream.destroyed || stream.headersSent) return;
  stream.respond(
    { ":status": 200, "content-type": "application/grpc", "grpc-status": String(status), "grpc-message": encodeURIComponent(message) },
    { endStream: true },
  );
}
