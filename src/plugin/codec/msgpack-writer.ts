/**
 * Writes msgpack items straight into bytes, in the encodings `@msgpack/msgpack` chooses (smallest header that fits),
 * for the codec's one-pass encoder: nil, booleans, strings, binary, array and map headers and fixext 1.
 */
export class MsgpackWriter {
  private buf = new Uint8Array(4096);
  private pos = 0;

  /** Starts a new message (the buffer is reused). */
  reset(): void {
    this.pos = 0;
  }

  /** A copy of the bytes written since {@link reset}. */
  bytes(): Uint8Array {
    return this.buf.slice(0, this.pos);
  }

  nil(): void {
    this.room(1);
    this.buf[this.pos++] = 0xc0;
  }

  bool(b: boolean): void {
    this.room(1);
    this.buf[this.pos++] = b ? 0xc3 : 0xc2;
  }

  /** fixext 1: an extension type with one byte of data (Terraform's unknown value is type 0, data 0). */
  fixext1(type: number, data: number): void {
    this.room(3);
    this.buf[this.pos++] = 0xd4;
    this.buf[this.pos++] = type;
    this.buf[this.pos++] = data;
  }

  arrayHeader(n: number): void {
    this.header(n, 0x90, 16, 0xdc, 0xdd);
  }

  mapHeader(n: number): void {
    this.header(n, 0x80, 16, 0xde, 0xdf);
  }

  /** A well-formed string (no lone surrogates) as UTF-8. */
  str(s: string): void {
    const n = s.length;
    let ascii = true;
    for (let i = 0; i < n; i++) {
      if (s.charCodeAt(i) > 0x7f) {
        ascii = false;
        break;
      }
    }
    if (!ascii) return this.utf8(s);
    this.strHeader(n);
    this.room(n);
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < n; i++) buf[p++] = s.charCodeAt(i);
    this.pos = p;
  }

  bin(b: Uint8Array): void {
    const n = b.length;
    if (n < 0x100) this.u8s(0xc4, n);
    else if (n < 0x10000) this.u16s(0xc5, n);
    else this.u32s(0xc6, n);
    this.room(n);
    this.buf.set(b, this.pos);
    this.pos += n;
  }

  private utf8(s: string): void {
    const n = Buffer.byteLength(s, "utf8");
    this.strHeader(n);
    this.room(n);
    new TextEncoder().encodeInto(s, this.buf.subarray(this.pos, this.pos + n));
    this.pos += n;
  }

  private strHeader(n: number): void {
    if (n < 32) {
      this.room(1);
      this.buf[this.pos++] = 0xa0 | n;
    } else if (n < 0x100) this.u8s(0xd9, n);
    else if (n < 0x10000) this.u16s(0xda, n);
    else this.u32s(0xdb, n);
  }

  private header(n: number, fix: number, fixMax: number, b16: number, b32: number): void {
    if (n < fixMax) {
      this.room(1);
      this.buf[this.pos++] = fix | n;
    } else if (n < 0x10000) this.u16s(b16, n);
    else this.u32s(b32, n);
  }

  private u8s(tag: number, n: number): void {
    this.room(2);
    this.buf[this.pos++] = tag;
    this.buf[this.pos++] = n;
  }

  private u16s(tag: number, n: number): void {
    this.room(3);
    this.buf[this.pos++] = tag;
    this.buf[this.pos++] = n >>> 8;
    this.buf[this.pos++] = n & 0xff;
  }

  private u32s(tag: number, n: number): void {
    this.room(5);
    this.buf[this.pos++] = tag;
    this.buf[this.pos++] = n >>> 24;
    this.buf[this.pos++] = (n >>> 16) & 0xff;
    this.buf[this.pos++] = (n >>> 8) & 0xff;
    this.buf[this.pos++] = n & 0xff;
  }

  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.pos + n));
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
  }
}
