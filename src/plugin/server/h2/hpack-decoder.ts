import { ConnectionError, ErrorCode } from "./frames";
import { STATIC_TABLE } from "./hpack-static";
import { huffmanDecode } from "./huffman";

/** A decoded header list, in order (names are lower case on the wire). */
export type HeaderList = Array<[name: string, value: string]>;

const ENTRY_OVERHEAD = 32;

/**
 * HPACK decoder (RFC 7541) for one connection: indexed fields, all three literal forms, Huffman-coded strings and
 * the dynamic table with its size updates. A malformed block is a connection error (COMPRESSION_ERROR).
 */
export class HpackDecoder {
  /** Newest entry first: index 62 is `dynamic[0]`. */
  private readonly dynamic: Array<readonly [string, string]> = [];
  private size = 0;
  private maxSize: number;

  /** `limit` is the SETTINGS_HEADER_TABLE_SIZE this side announced (4096 unless it sent another). */
  constructor(private readonly limit = 4096) {
    this.maxSize = limit;
  }

  decode(block: Uint8Array): HeaderList {
    const out: HeaderList = [];
    const r = new Reader(block);
    let fieldSeen = false;
    while (!r.done()) {
      const b = r.peek();
      if (b & 0x80) {
        out.push(this.entry(r.integer(7)));
      } else if (b & 0x40) {
        const field = this.literal(r, 6);
        this.insert(field);
        out.push(field);
      } else if (b & 0x20) {
        if (fieldSeen) throw compression("a dynamic table size update after a header field");
        const size = r.integer(5);
        if (size > this.limit) throw compression(`dynamic table size ${size} exceeds ${this.limit}`);
        this.maxSize = size;
        this.evict(0);
        continue;
      } else {
        out.push(this.literal(r, 4));
      }
      fieldSeen = true;
    }
    return out;
  }

  private literal(r: Reader, prefix: number): [string, string] {
    const index = r.integer(prefix);
    const name = index === 0 ? r.string() : this.entry(index)[0];
    return [name, r.string()];
  }

  private entry(index: number): [string, string] {
    if (index === 0) throw compression("header index 0");
    const e = index <= STATIC_TABLE.length ? STATIC_TABLE[index - 1] : this.dynamic[index - STATIC_TABLE.length - 1];
    if (!e) throw compression(`header index ${index} is not in the table`);
    return [e[0], e[1]];
  }

  private insert(field: readonly [string, string]): void {
    const size = field[0].length + field[1].length + ENTRY_OVERHEAD;
    this.evict(size);
    // An entry larger than the whole table empties it and is not added (RFC 7541 section 4.4).
    if (size > this.maxSize) return;
    this.dynamic.unshift(field);
    this.size += size;
  }

  /** Drops the oldest entries until `room` more bytes fit. */
  private evict(room: number): void {
    while (this.size + room > this.maxSize && this.dynamic.length) {
      const [n, v] = this.dynamic.pop()!;
      this.size -= n.length + v.length + ENTRY_OVERHEAD;
    }
  }
}

function compression(message: string): ConnectionError {
  return new ConnectionError(ErrorCode.CompressionError, `HPACK: ${message}`);
}

/** Reads HPACK's primitives (integers with an N-bit prefix, string literals) from a block. */
class Reader {
  private at = 0;

  constructor(private readonly buf: Uint8Array) {}

  done(): boolean {
    return this.at >= this.buf.length;
  }

  peek(): number {
    return this.buf[this.at];
  }

  private byte(): number {
    if (this.at >= this.buf.length) throw compression("truncated header block");
    return this.buf[this.at++];
  }

  integer(prefix: number): number {
    const max = (1 << prefix) - 1;
    let value = this.byte() & max;
    if (value < max) return value;
    let shift = 0;
    for (;;) {
      const b = this.byte();
      value += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (!(b & 0x80)) break;
      if (shift > 28) throw compression("integer too large");
    }
    return value;
  }

  string(): string {
    const huffman = (this.peek() & 0x80) !== 0;
    const length = this.integer(7);
    if (this.at + length > this.buf.length) throw compression("truncated string literal");
    const bytes = this.buf.subarray(this.at, this.at + length);
    this.at += length;
    return huffman ? huffmanDecode(bytes) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  }
}
