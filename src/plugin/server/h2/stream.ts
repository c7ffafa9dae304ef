import type { HeaderList } from "./hpack-decoder";

/** What a stream still has to send: a DATA payload (from `offset`) or a trailer block that ends the stream. */
export type Outgoing = { data: Buffer; offset: number } | { trailers: Buffer };

/**
 * One HTTP/2 stream of a connection: the request as received (header list, body once END_STREAM arrived) and what
 * is queued to send. Plain state; {@link H2Connection} does the protocol.
 */
export class H2Stream {
  /** Request headers (set when the first header block completes). */
  headers: HeaderList = [];
  /** Request body chunks until END_STREAM. */
  readonly chunks: Buffer[] = [];
  /** Bytes received since this side last raised the stream's receive window. */
  unacknowledged = 0;
  /** Queued output waiting for flow-control credit. */
  readonly queue: Outgoing[] = [];
  remoteClosed = false;
  /** Set once END_STREAM went out or the stream was reset: nothing more is sent. */
  closed = false;
  /** Called when the peer resets the stream or the connection goes away before it ended. */
  onReset?: () => void;

  constructor(
    readonly id: number,
    /** Bytes this side may still send on the stream (the peer's window). */
    public sendWindow: number,
  ) {}

  /** The value of request header `name` (the first one). */
  header(name: string): string | undefined {
    for (const [n, v] of this.headers) if (n === name) return v;
    return undefined;
  }

  /** The whole request body. */
  body(): Buffer {
    return this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
  }
}
