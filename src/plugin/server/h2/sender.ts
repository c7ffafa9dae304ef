import { ConnectionError, dataFrames, DEFAULT_MAX_FRAME_SIZE, DEFAULT_WINDOW, ErrorCode, headerFrames, MAX_WINDOW } from "./frames";
import type { H2Stream } from "./stream";

/**
 * The sending half of a connection: frames streams' output within the peer's flow-control windows (connection and
 * stream) and frame size, and resumes blocked streams, in the order they blocked, as WINDOW_UPDATEs arrive.
 */
export class Sender {
  /** Bytes the connection may still send (the peer's connection window). */
  private window = DEFAULT_WINDOW;
  /** The peer's SETTINGS_INITIAL_WINDOW_SIZE and SETTINGS_MAX_FRAME_SIZE. */
  initialWindow = DEFAULT_WINDOW;
  maxFrame = DEFAULT_MAX_FRAME_SIZE;
  private readonly blocked = new Set<H2Stream>();

  /** `out` takes the frames to write; `ended` is told when a stream has sent END_STREAM. */
  constructor(
    private readonly out: (frames: Buffer) => void,
    private readonly ended: (stream: H2Stream) => void,
  ) {}

  /** Response headers now, then `data` and `trailers` (END_STREAM) as the windows allow. */
  send(stream: H2Stream, headers?: Buffer, data?: Buffer, trailers?: Buffer): void {
    if (stream.closed) return;
    if (headers) this.out(headerFrames(stream.id, headers, false, this.maxFrame));
    if (data) stream.queue.push({ data, offset: 0 });
    if (trailers) stream.queue.push({ trailers });
    this.flush(stream);
  }

  /** A trailers-only response: one header block with END_STREAM. */
  sendTrailersOnly(stream: H2Stream, block: Buffer): void {
    if (stream.closed) return;
    this.out(headerFrames(stream.id, block, true, this.maxFrame));
    this.finish(stream);
  }

  /** WINDOW_UPDATE on stream 0. */
  grantConnection(increment: number): void {
    if (this.window + increment > MAX_WINDOW) throw new ConnectionError(ErrorCode.FlowControlError, "connection window overflow");
    this.window += increment;
    for (const s of [...this.blocked]) {
      if (this.window <= 0) break;
      this.flush(s);
    }
  }

  /** WINDOW_UPDATE on a stream; false when it overflows the window (the stream is then reset). */
  grantStream(stream: H2Stream, increment: number): boolean {
    if (stream.sendWindow + increment > MAX_WINDOW) return false;
    stream.sendWindow += increment;
    this.flush(stream);
    return true;
  }

  /** A new SETTINGS_INITIAL_WINDOW_SIZE changes every open stream's window by the difference (RFC 9113 section 6.9.2). */
  setInitialWindow(size: number, streams: Iterable<H2Stream>): void {
    const delta = size - this.initialWindow;
    this.initialWindow = size;
    for (const s of streams) s.sendWindow += delta;
    for (const s of [...this.blocked]) this.flush(s);
  }

  /** Forgets a stream that was reset. */
  drop(stream: H2Stream): void {
    stream.closed = true;
    stream.queue.length = 0;
    this.blocked.delete(stream);
  }

  private flush(stream: H2Stream): void {
    const q = stream.queue;
    while (q.length && !stream.closed) {
      const item = q[0];
      if ("trailers" in item) {
        this.out(headerFrames(stream.id, item.trailers, true, this.maxFrame));
        q.shift();
        this.finish(stream);
        return;
      }
      const n = Math.min(item.data.length - item.offset, this.window, stream.sendWindow);
      if (n > 0) {
        this.out(dataFrames(stream.id, item.data.subarray(item.offset, item.offset + n), this.maxFrame));
        item.offset += n;
        this.window -= n;
        stream.sendWindow -= n;
      }
      if (item.offset < item.data.length) {
        this.blocked.add(stream);
        return;
      }
      q.shift();
    }
    this.blocked.delete(stream);
  }

  private finish(stream: H2Stream): void {
    stream.closed = true;
    this.blocked.delete(stream);
    this.ended(stream);
  }
}
