import { createSecureServer, createServer, type Http2Server, type Http2Session, type IncomingHttpHeaders, type SecureServerOptions, type ServerHttp2Stream } from "node:http2";

/** gRPC status codes this server sends. */
export const Status = { OK: 0, INVALID_ARGUMENT: 3, UNIMPLEMENTED: 12, INTERNAL: 13 } as const;

/** A unary method: the request message in, the response message out (a rejection becomes INTERNAL with its message). */
export type UnaryHandler = (request: Buffer) => Uint8Array | Promise<Uint8Array>;

/** A server-streaming call the handler may write messages to and end. */
export interface ServerStream {
  write(message: Uint8Array): void;
  /** Ends the call with status OK. */
  end(): void;
  /** Runs `fn` when the client goes away before {@link end}. */
  onClose(fn: () => void): void;
}

/** A server-streaming method: called with the request message and the call. */
export type StreamHandler = (request: Buffer, call: ServerStream) => void;

const RESPONSE_HEADERS = { ":status": 200, "content-type": "application/grpc+proto", "grpc-accept-encoding": "identity" };
const OK_TRAILERS = { "grpc-status": "0", "grpc-message": "OK" };

/**
 * The gRPC server side the plugin protocol needs, on Node's own `node:http2`: unary and server-streaming methods,
 * uncompressed protobuf messages as bytes, status codes and messages in trailers, any other method UNIMPLEMENTED.
 * `@grpc/grpc-js` does all of this and much more (client side, deadlines, compression, interceptors, channelz), at a
 * cost measured on every call and every start that Terraform's many short provider processes pay (bench/README.md).
 */
export class GrpcServer {
  private readonly unary = new Map<string, UnaryHandler>();
  private readonly streaming = new Map<string, StreamHandler>();
  private readonly sessions = new Set<Http2Session>();
  private server?: Http2Server;

  /** Serves `path` (`/package.Service/Method`) with a unary handler. */
  addUnary(path: string, handler: UnaryHandler): void {
    this.unary.set(path, handler);
  }

  /** Serves `path` with a server-streaming handler. */
  addServerStream(path: string, handler: StreamHandler): void {
    this.streaming.set(path, handler);
  }

  /** Listens on a unix socket: with TLS when `tls` is given (mutual TLS: `tls.ca` is the client's certificate), else plaintext HTTP/2. */
  async listen(socketPath: string, tls?: Pick<SecureServerOptions, "key" | "cert" | "ca">): Promise<void> {
    const server = tls ? createSecureServer({ ...tls, requestCert: true, rejectUnauthorized: true }) : createServer();
    // A connection or call that breaks (the client went away mid-call) concerns only itself: without these
    // listeners Node would treat its 'error' event as fatal to the process.
    server.on("session", (s) => {
      this.sessions.add(s);
      s.on("error", () => undefined);
      s.on("close", () => this.sessions.delete(s));
    });
    server.on("stream", (stream, headers) => this.dispatch(stream, headers));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(socketPath, () => resolve());
    });
  }

  /** Stops accepting connections and closes the open ones once their calls are done; `done` runs when all are closed. */
  shutdown(done: () => void): void {
    this.server?.close(() => done());
    for (const s of this.sessions) s.close();
  }

  private dispatch(stream: ServerHttp2Stream, headers: IncomingHttpHeaders): void {
    stream.on("error", () => undefined);
    const path = String(headers[":path"]);
    const unary = this.unary.get(path);
    const streaming = unary ? undefined : this.streaming.get(path);
    if (!unary && !streaming) {
      stream.resume();
      return fail(stream, Status.UNIMPLEMENTED, `unknown method ${path}`);
    }
    readMessage(stream, (request, problem) => {
      if (problem !== undefined) return fail(stream, Status.INTERNAL, problem);
      if (unary) return answerUnary(stream, unary, request!);
      stream.respond(RESPONSE_HEADERS, { waitForTrailers: true });
      stream.on("wantTrailers", () => stream.sendTrailers(OK_TRAILERS));
      streaming!(request!, {
        write: (m) => !stream.destroyed && stream.write(frame(m)),
        end: () => !stream.destroyed && stream.end(),
        onClose: (fn) => stream.once("close", fn),
      });
    });
  }
}

/** Reads the one request message of a call: `done(message)`, or `done(undefined, why)` when it is not one plain message. */
function readMessage(stream: ServerHttp2Stream, done: (message: Buffer | undefined, problem?: string) => void): void {
  const chunks: Buffer[] = [];
  stream.on("data", (c: Buffer) => chunks.push(c));
  stream.once("end", () => {
    const body = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
    if (body.length < 5) return done(undefined, "the request holds no message");
    if (body[0] !== 0) return done(undefined, "compressed messages are not supported (none is offered in grpc-accept-encoding)");
    const n = body.readUInt32BE(1);
    if (body.length !== 5 + n) return done(undefined, "the request does not hold exactly one message");
    done(body.subarray(5));
  });
}

function answerUnary(stream: ServerHttp2Stream, handler: UnaryHandler, request: Buffer): void {
  let response: Uint8Array | Promise<Uint8Array>;
  try {
    response = handler(request);
  } catch (err) {
    return fail(stream, Status.INTERNAL, (err as Error)?.message ?? String(err));
  }
  if (!(response instanceof Promise)) return send(stream, response);
  response.then(
    (bytes) => send(stream, bytes),
    (err: unknown) => fail(stream, Status.INTERNAL, (err as Error)?.message ?? String(err)),
  );
}

function send(stream: ServerHttp2Stream, message: Uint8Array): void {
  if (stream.destroyed) return;
  stream.respond(RESPONSE_HEADERS, { waitForTrailers: true });
  stream.once("wantTrailers", () => stream.sendTrailers(OK_TRAILERS));
  stream.end(frame(message));
}

/** A trailers-only answer: the call failed with `code`. */
function fail(stream: ServerHttp2Stream, code: number, message: string): void {
  if (stream.destroyed || stream.headersSent) return;
  stream.respond({ ":status": 200, "content-type": "application/grpc+proto", "grpc-status": String(code), "grpc-message": percentEncoded(message) }, { endStream: true });
}

/** A status message as gRPC carries it: UTF-8, bytes outside printable ASCII and `%` percent-encoded. */
function percentEncoded(message: string): string {
  let out = "";
  for (const b of Buffer.from(message, "utf8")) out += b >= 0x20 && b <= 0x7e && b !== 0x25 ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, "0")}`;
  return out;
}

/** A message with gRPC's 5-byte prefix (not compressed, big-endian length). */
function frame(message: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(5 + message.length);
  out[0] = 0;
  out.writeUInt32BE(message.length, 1);
  out.set(message, 5);
  return out;
}
