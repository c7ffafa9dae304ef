import type { H2Connection } from "./connection";
import { encodeHeaders } from "./hpack-encoder";
import type { H2Stream } from "./stream";

/** gRPC status codes this server sends. */
export const enum GrpcStatus {
  Ok = 0,
  Unimplemented = 12,
  Internal = 13,
}

/** A server-streaming call held open: messages go out as written, `end` closes it with status OK. */
export interface ServerStreamCall {
  write(message: Uint8Array): void;
  end(): void;
  /** Runs if the client cancels the call or the connection goes away first. */
  onCancel(fn: () => void): void;
}

/** One method: unary (`unary` answers the request bytes) or server-streaming (`stream` takes the call). */
export type Method =
  | { readonly unary: (request: Buffer) => Uint8Array | Promise<Uint8Array>; readonly afterReply?: () => void }
  | { readonly stream: (request: Buffer, call: ServerStreamCall) => void };

/** Methods by path, `/package.Service/Method`. */
export type Methods = ReadonlyMap<string, Method>;

const RESPONSE_HEADERS = encodeHeaders([[":status", "200"], ["content-type", "application/grpc"]]);
const OK_TRAILERS = encodeHeaders([["grpc-status", "0"]]);

/**
 * Answers each complete request on `conn` with the method at its `:path`: length-prefixed message in, status in
 * trailers out; an unknown path gets UNIMPLEMENTED and a failing handler INTERNAL with its message.
 */
export function grpcDispatcher(methods: Methods): (conn: H2Connection, stream: H2Stream) => void {
  return (conn, stream) => {
    const path = stream.header(":path") ?? "";
    const method = methods.get(path);
    if (!method) return fail(conn, stream, GrpcStatus.Unimplemented, `unknown method ${path}`);
    const request = unframe(stream.body());
    if (typeof request === "string") return fail(conn, stream, GrpcStatus.Internal, request);
    if ("stream" in method) return method.stream(request, serverStream(conn, stream));
    let reply: Uint8Array | Promise<Uint8Array>;
    try {
      reply = method.unary(request);
    } catch (err) {
      return fail(conn, stream, GrpcStatus.Internal, message(err));
    }
    if (reply instanceof Uint8Array) answer(conn, stream, reply, method.afterReply);
    else reply.then((r) => answer(conn, stream, r, method.afterReply), (err: unknown) => fail(conn, stream, GrpcStatus.Internal, message(err)));
  };
}

function answer(conn: H2Connection, stream: H2Stream, reply: Uint8Array, after?: () => void): void {
  conn.send(stream, RESPONSE_HEADERS, frameMessage(reply), OK_TRAILERS);
  after?.();
}

function serverStream(conn: H2Connection, stream: H2Stream): ServerStreamCall {
  let started = false;
  const headers = () => (started ? undefined : ((started = true), RESPONSE_HEADERS));
  conn.send(stream, headers());
  return {
    write: (m) => conn.send(stream, headers(), frameMessage(m)),
    end: () => conn.send(stream, headers(), undefined, OK_TRAILERS),
    onCancel: (fn) => (stream.onReset = fn),
  };
}

function fail(conn: H2Connection, stream: H2Stream, status: GrpcStatus, msg: string): void {
  const block = encodeHeaders([
    [":status", "200"],
    ["content-type", "application/grpc"],
    ["grpc-status", String(status)],
    ["grpc-message", percentEncode(msg)],
  ]);
  conn.sendTrailersOnly(stream, block);
}

/** The message of a unary request body (5-byte prefix: compressed flag, length), or why it is not one. */
export function unframe(body: Buffer): Buffer | string {
  if (body.length < 5) return "request has no gRPC message";
  if (body[0] !== 0) return "compressed messages are not supported";
  const length = body.readUInt32BE(1);
  if (length !== body.length - 5) return "request is not exactly one gRPC message";
  return body.subarray(5);
}

/** A message with its 5-byte gRPC prefix (uncompressed). */
export function frameMessage(m: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(5 + m.length);
  out[0] = 0;
  out.writeUInt32BE(m.length, 1);
  out.set(m, 5);
  return out;
}

/** grpc-message encoding: UTF-8, with '%' and bytes outside printable ASCII as %XX. */
export function percentEncode(s: string): string {
  let out = "";
  for (const b of Buffer.from(s, "utf8")) out += b >= 0x20 && b <= 0x7e && b !== 0x25 ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, "0")}`;
  return out;
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
