/** HTTP/2 frame types (RFC 9113 section 6). */
export const enum FrameType {
  Data = 0x0,
  Headers = 0x1,
  Priority = 0x2,
  RstStream = 0x3,
  Settings = 0x4,
  PushPromise = 0x5,
  Ping = 0x6,
  GoAway = 0x7,
  WindowUpdate = 0x8,
  Continuation = 0x9,
}

/** Frame flags (the same bit means different things per type). */
export const enum Flag {
  EndStream = 0x1,
  Ack = 0x1,
  EndHeaders = 0x4,
  Padded = 0x8,
  Priority = 0x20,
}

/** HTTP/2 error codes (RFC 9113 section 7). */
export const enum ErrorCode {
  NoError = 0x0,
  ProtocolError = 0x1,
  InternalError = 0x2,
  FlowControlError = 0x3,
  StreamClosed = 0x5,
  FrameSizeError = 0x6,
  Cancel = 0x8,
  CompressionError = 0x9,
}

/** SETTINGS identifiers. */
export const enum Setting {
  HeaderTableSize = 0x1,
  EnablePush = 0x2,
  MaxConcurrentStreams = 0x3,
  InitialWindowSize = 0x4,
  MaxFrameSize = 0x5,
  MaxHeaderListSize = 0x6,
}

export const CLIENT_PREFACE = Buffer.from("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", "latin1");
export const DEFAULT_MAX_FRAME_SIZE = 16_384;
export const DEFAULT_WINDOW = 65_535;
export const MAX_WINDOW = 0x7fff_ffff;
const HEADER = 9;

/** One received frame; `payload` is a view into the connection's input buffer. */
export interface Frame {
  readonly type: number;
  readonly flags: number;
  readonly streamId: number;
  readonly payload: Buffer;
}

/** A connection-level protocol violation: the connection ends with GOAWAY carrying `code`. */
export class ConnectionError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Writes a frame header into `out` at `at`. */
export function writeFrameHeader(out: Buffer, at: number, length: number, type: number, flags: number, streamId: number): void {
  out[at] = length >>> 16;
  out[at + 1] = (length >>> 8) & 0xff;
  out[at + 2] = length & 0xff;
  out[at + 3] = type;
  out[at + 4] = flags;
  out.writeUInt32BE(streamId & MAX_WINDOW, at + 5);
}

/** One whole frame. */
export function frame(type: number, flags: number, streamId: number, payload: Uint8Array = Buffer.alloc(0)): Buffer {
  const out = Buffer.allocUnsafe(HEADER + payload.length);
  writeFrameHeader(out, 0, payload.length, type, flags, streamId);
  out.set(payload, HEADER);
  return out;
}

/** A SETTINGS frame with the given values (identifier → value). */
export function settingsFrame(values: ReadonlyArray<readonly [Setting, number]>): Buffer {
  const p = Buffer.allocUnsafe(values.length * 6);
  values.forEach(([id, v], i) => {
    p.writeUInt16BE(id, i * 6);
    p.writeUInt32BE(v, i * 6 + 2);
  });
  return frame(FrameType.Settings, 0, 0, p);
}

export function windowUpdateFrame(streamId: number, increment: number): Buffer {
  const p = Buffer.allocUnsafe(4);
  p.writeUInt32BE(increment, 0);
  return frame(FrameType.WindowUpdate, 0, streamId, p);
}

export function rstStreamFrame(streamId: number, code: ErrorCode): Buffer {
  const p = Buffer.allocUnsafe(4);
  p.writeUInt32BE(code, 0);
  return frame(FrameType.RstStream, 0, streamId, p);
}

export function goAwayFrame(lastStreamId: number, code: ErrorCode, debug = ""): Buffer {
  const d = Buffer.from(debug);
  const p = Buffer.allocUnsafe(8 + d.length);
  p.writeUInt32BE(lastStreamId, 0);
  p.writeUInt32BE(code, 4);
  d.copy(p, 8);
  return frame(FrameType.GoAway, 0, 0, p);
}

/** A header block as HEADERS plus CONTINUATION frames of at most `maxFrame` bytes each. */
export function headerFrames(streamId: number, block: Buffer, endStream: boolean, maxFrame: number): Buffer {
  const n = Math.max(1, Math.ceil(block.length / maxFrame));
  const out = Buffer.allocUnsafe(block.length + n * HEADER);
  let at = 0;
  for (let i = 0; i < n; i++) {
    const chunk = block.subarray(i * maxFrame, (i + 1) * maxFrame);
    const flags = (i === n - 1 ? Flag.EndHeaders : 0) | (i === 0 && endStream ? Flag.EndStream : 0);
    writeFrameHeader(out, at, chunk.length, i === 0 ? FrameType.Headers : FrameType.Continuation, flags, streamId);
    out.set(chunk, at + HEADER);
    at += HEADER + chunk.length;
  }
  return out;
}

/** `data` as DATA frames of at most `maxFrame` bytes each (no END_STREAM: gRPC ends a stream with trailers). */
export function dataFrames(streamId: number, data: Buffer, maxFrame: number): Buffer {
  const n = Math.ceil(data.length / maxFrame);
  const out = Buffer.allocUnsafe(data.length + n * HEADER);
  let at = 0;
  for (let i = 0; i < n; i++) {
    const chunk = data.subarray(i * maxFrame, (i + 1) * maxFrame);
    writeFrameHeader(out, at, chunk.length, FrameType.Data, 0, streamId);
    out.set(chunk, at + HEADER);
    at += HEADER + chunk.length;
  }
  return out;
}

/** The payload of a DATA or HEADERS frame without its padding (and, for HEADERS, the priority fields). */
export function framePayload(f: Frame): Buffer {
  let p = f.payload;
  if (f.flags & Flag.Padded) {
    const pad = p[0];
    if (pad >= p.length) throw new ConnectionError(ErrorCode.ProtocolError, "padding longer than the frame");
    p = p.subarray(1, p.length - pad);
  }
  if (f.type === FrameType.Headers && f.flags & Flag.Priority) p = p.subarray(5);
  return p;
}

/**
 * Splits the bytes of a connection into frames: `push` input as it arrives and it returns the complete frames,
 * keeping a partial one for the next chunk.
 */
export class FrameReader {
  private pending: Buffer = Buffer.alloc(0);

  constructor(private readonly maxFrameSize: number) {}

  push(chunk: Buffer): Frame[] {
    let buf = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    const frames: Frame[] = [];
    let at = 0;
    while (buf.length - at >= HEADER) {
      const length = (buf[at] << 16) | (buf[at + 1] << 8) | buf[at + 2];
      if (length > this.maxFrameSize) throw new ConnectionError(ErrorCode.FrameSizeError, `frame of ${length} bytes exceeds ${this.maxFrameSize}`);
      if (buf.length - at < HEADER + length) break;
      const streamId = buf.readUInt32BE(at + 5) & MAX_WINDOW;
      frames.push({ type: buf[at + 3], flags: buf[at + 4], streamId, payload: buf.subarray(at + HEADER, at + HEADER + length) });
      at += HEADER + length;
    }
    buf = buf.subarray(at);
    // A partial frame is copied so the caller's chunk (or the large buffer it lives in) is not retained.
    this.pending = buf.length ? Buffer.from(buf) : Buffer.alloc(0);
    return frames;
  }
}
