import type { Duplex } from "node:stream";

/**
 * What a connection writes, gathered into few socket writes: everything written while a batch runs (one chunk of
 * input) leaves when it ends; anything else (answers completing later) leaves at the end of the event loop's turn,
 * so concurrent calls that complete together share one write.
 */
export class Outbox {
  private pending: Buffer[] = [];
  private batching = false;
  private scheduled = false;

  constructor(private readonly socket: Duplex) {}

  write(b: Buffer): void {
    this.pending.push(b);
    if (this.batching || this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  /** Runs `fn`, sending what it writes in one write when it returns. */
  batch(fn: () => void): void {
    if (this.batching) return fn();
    this.batching = true;
    try {
      fn();
    } finally {
      this.batching = false;
      this.flush();
    }
  }

  flush(): void {
    this.scheduled = false;
    if (!this.pending.length) return;
    const out = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending);
    this.pending = [];
    if (!this.socket.destroyed && this.socket.writable) this.socket.write(out);
  }
}
