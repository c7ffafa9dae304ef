import type { Duplex } from "node:stream";
import {
  CLIENT_PREFACE, ConnectionError, DEFAULT_WINDOW, ErrorCode, Flag, Frame, framePayload, FrameReader, FrameType, frame,
  goAwayFrame, MAX_WINDOW, rstStreamFrame, Setting, settingsFrame, windowUpdateFrame,
} from "./frames";
import { HpackDecoder } from "./hpack-decoder";
import { Outbox } from "./outbox";
import { Sender } from "./sender";
import { H2Stream } from "./stream";

/** Receive windows this side announces; defaults suit requests of any size without a stall. */
export interface ConnectionOptions {
  /** SETTINGS_INITIAL_WINDOW_SIZE: what the peer may send on one stream before a WINDOW_UPDATE. */
  readonly streamWindow?: number;
  /** The connection's receive window. */
  readonly connectionWindow?: number;
}

const MAX_FRAME = 16_384;

/**
 * The server side of one HTTP/2 connection on a socket (RFC 9113), as much as gRPC needs: preface and SETTINGS,
 * HEADERS/CONTINUATION through HPACK, DATA with flow control both ways, PING, RST_STREAM, WINDOW_UPDATE and GOAWAY.
 * Each request is handed to `onRequest` once its END_STREAM arrived; the handler answers through {@link send}.
 */
export class H2Connection {
  private readonly streams = new Map<number, H2Stream>();
  private readonly reader = new FrameReader(MAX_FRAME);
  private readonly decoder = new HpackDecoder();
  private readonly sender: Sender;
  private readonly streamWindow: number;
  private readonly connectionWindow: number;
  private preface = Buffer.alloc(0);
  private readonly outbox: Outbox;
  private unacknowledged = 0;
  private lastStreamId = 0;
  /** Header block fragments of the stream whose CONTINUATION frames are awaited. */
  private continuing?: { stream: number; flags: number; fragments: Buffer[] };
  private closing?: () => void;
  /** Set after a connection error: further input is ignored. */
  private failed = false;
  private goingAway = false;

  constructor(
    private readonly socket: Duplex,
    private readonly onRequest: (stream: H2Stream) => void,
    options: ConnectionOptions = {},
  ) {
    this.streamWindow = options.streamWindow ?? 8 << 20;
    this.connectionWindow = options.connectionWindow ?? 16 << 20;
    this.outbox = new Outbox(socket);
    this.sender = new Sender((b) => this.write(b), (s) => this.ended(s));
    this.write(settingsFrame([[Setting.InitialWindowSize, this.streamWindow], [Setting.EnablePush, 0]]));
    if (this.connectionWindow > DEFAULT_WINDOW) this.write(windowUpdateFrame(0, this.connectionWindow - DEFAULT_WINDOW));
    socket.on("data", (chunk: Buffer) => this.receive(chunk));
    socket.on("error", () => socket.destroy());
    socket.on("close", () => this.closed());
  }

  /**
   * Response headers, then a DATA payload and trailers (END_STREAM) as flow control allows. Answers that complete
   * in the same turn of the event loop (concurrent calls) leave in one socket write.
   */
  send(stream: H2Stream, headers?: Buffer, data?: Buffer, trailers?: Buffer): void {
    this.sender.send(stream, headers, data, trailers);
  }

  /** A trailers-only response (a gRPC error): one header block that ends the stream. */
  sendTrailersOnly(stream: H2Stream, block: Buffer): void {
    this.sender.sendTrailersOnly(stream, block);
  }

  /** Graceful close: GOAWAY, then the socket ends once every open stream has ended; `done` runs when it has. */
  close(done: () => void): void {
    this.closing = done;
    this.goingAway = true;
    this.write(goAwayFrame(this.lastStreamId, ErrorCode.NoError));
    this.endIfIdle();
  }

  private receive(chunk: Buffer): void {
    if (this.failed) return;
    this.outbox.batch(() => {
      try {
        if (this.preface.length < CLIENT_PREFACE.length) {
          chunk = this.readPreface(chunk);
          if (!chunk.length) return;
        }
        for (const f of this.reader.push(chunk)) this.frame(f);
      } catch (err) {
        const code = err instanceof ConnectionError ? err.code : ErrorCode.InternalError;
        this.write(goAwayFrame(this.lastStreamId, code, err instanceof Error ? err.message : ""));
        this.failed = true;
        this.outbox.flush();
        this.socket.end();
      }
    });
  }

  private readPreface(chunk: Buffer): Buffer {
    const need = CLIENT_PREFACE.length - this.preface.length;
    this.preface = Buffer.concat([this.preface, chunk.subarray(0, need)]);
    if (!CLIENT_PREFACE.subarray(0, this.preface.length).equals(this.preface)) throw new ConnectionError(ErrorCode.ProtocolError, "not an HTTP/2 client preface");
    return chunk.subarray(need);
  }

  private frame(f: Frame): void {
    if (this.continuing && f.type !== FrameType.Continuation) throw new ConnectionError(ErrorCode.ProtocolError, "expected CONTINUATION");
    switch (f.type) {
      case FrameType.Data:
        return this.data(f);
      case FrameType.Headers:
        if (f.streamId === 0 || f.streamId % 2 === 0) throw new ConnectionError(ErrorCode.ProtocolError, "HEADERS on a server or zero stream id");
        this.continuing = { stream: f.streamId, flags: f.flags, fragments: [framePayload(f)] };
        return this.endOfHeaders(f);
      case FrameType.Continuation:
        if (!this.continuing || this.continuing.stream !== f.streamId) throw new ConnectionError(ErrorCode.ProtocolError, "unexpected CONTINUATION");
        this.continuing.fragments.push(f.payload);
        return this.endOfHeaders(f);
      case FrameType.Settings:
        return this.settings(f);
      case FrameType.Ping:
        if (f.payload.length !== 8) throw new ConnectionError(ErrorCode.FrameSizeError, "PING of the wrong size");
        if (!(f.flags & Flag.Ack)) this.write(frame(FrameType.Ping, Flag.Ack, 0, f.payload));
        return;
      case FrameType.WindowUpdate:
        return this.windowUpdate(f);
      case FrameType.RstStream:
        return this.reset(f.streamId);
      case FrameType.PushPromise:
        throw new ConnectionError(ErrorCode.ProtocolError, "PUSH_PROMISE from a client");
      default:
        return; // PRIORITY, GOAWAY (the client opens no more streams) and unknown types need nothing.
    }
  }

  private endOfHeaders(f: Frame): void {
    if (!(f.flags & Flag.EndHeaders)) return;
    const { stream: id, flags, fragments } = this.continuing!;
    this.continuing = undefined;
    const headers = this.decoder.decode(fragments.length === 1 ? fragments[0] : Buffer.concat(fragments));
    let stream = this.streams.get(id);
    if (!stream) {
      if (id <= this.lastStreamId || this.goingAway) return; // a closed stream, or a new one after our GOAWAY
      this.lastStreamId = id;
      stream = new H2Stream(id, this.sender.initialWindow);
      stream.headers = headers;
      this.streams.set(id, stream);
    }
    if (flags & Flag.EndStream) this.complete(stream);
  }

  private data(f: Frame): void {
    this.unacknowledged += f.payload.length;
    if (this.unacknowledged >= this.connectionWindow / 2) {
      this.write(windowUpdateFrame(0, this.unacknowledged));
      this.unacknowledged = 0;
    }
    const stream = this.streams.get(f.streamId);
    if (!stream || stream.remoteClosed) {
      if (f.streamId > this.lastStreamId) throw new ConnectionError(ErrorCode.ProtocolError, "DATA on an idle stream");
      return;
    }
    const payload = framePayload(f);
    if (payload.length) stream.chunks.push(payload);
    if (f.flags & Flag.EndStream) return this.complete(stream);
    stream.unacknowledged += f.payload.length;
    if (stream.unacknowledged >= this.streamWindow / 2) {
      this.write(windowUpdateFrame(stream.id, stream.unacknowledged));
      stream.unacknowledged = 0;
    }
  }

  private complete(stream: H2Stream): void {
    if (stream.remoteClosed) return;
    stream.remoteClosed = true;
    this.onRequest(stream);
  }

  private settings(f: Frame): void {
    if (f.streamId !== 0) throw new ConnectionError(ErrorCode.ProtocolError, "SETTINGS on a stream");
    if (f.flags & Flag.Ack) return;
    if (f.payload.length % 6) throw new ConnectionError(ErrorCode.FrameSizeError, "SETTINGS of the wrong size");
    for (let at = 0; at < f.payload.length; at += 6) {
      const id = f.payload.readUInt16BE(at);
      const value = f.payload.readUInt32BE(at + 2);
      if (id === Setting.InitialWindowSize) {
        if (value > MAX_WINDOW) throw new ConnectionError(ErrorCode.FlowControlError, "SETTINGS_INITIAL_WINDOW_SIZE too large");
        this.sender.setInitialWindow(value, this.streams.values());
      } else if (id === Setting.MaxFrameSize) {
        if (value < MAX_FRAME || value > 0xffffff) throw new ConnectionError(ErrorCode.ProtocolError, "invalid SETTINGS_MAX_FRAME_SIZE");
        this.sender.maxFrame = value;
      }
    }
    this.write(frame(FrameType.Settings, Flag.Ack, 0));
  }

  private windowUpdate(f: Frame): void {
    if (f.payload.length !== 4) throw new ConnectionError(ErrorCode.FrameSizeError, "WINDOW_UPDATE of the wrong size");
    const increment = f.payload.readUInt32BE(0) & MAX_WINDOW;
    if (f.streamId === 0) {
      if (increment === 0) throw new ConnectionError(ErrorCode.ProtocolError, "WINDOW_UPDATE of 0");
      return this.sender.grantConnection(increment);
    }
    const stream = this.streams.get(f.streamId);
    if (!stream) return;
    if (increment === 0 || !this.sender.grantStream(stream, increment)) {
      this.write(rstStreamFrame(stream.id, increment === 0 ? ErrorCode.ProtocolError : ErrorCode.FlowControlError));
      this.reset(stream.id);
    }
  }

  /** The stream ends without an answer (RST_STREAM, or the connection went away). */
  private reset(id: number): void {
    const stream = this.streams.get(id);
    if (!stream) return;
    this.sender.drop(stream);
    this.streams.delete(id);
    stream.onReset?.();
    this.endIfIdle();
  }

  private ended(stream: H2Stream): void {
    this.streams.delete(stream.id);
    this.endIfIdle();
  }

  private endIfIdle(): void {
    if (!this.closing || this.streams.size) return;
    this.outbox.flush();
    const done = this.closing;
    this.closing = undefined;
    if (this.socket.destroyed) return done();
    this.socket.end(() => done());
  }

  private closed(): void {
    for (const id of [...this.streams.keys()]) this.reset(id);
    this.endIfIdle();
  }

  private write(b: Buffer): void {
    this.outbox.write(b);
  }
}
