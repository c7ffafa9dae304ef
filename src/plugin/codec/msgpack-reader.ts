/** A msgpack extension value: its type and raw payload. */
export class WireExt {
  constructor(
    readonly type: number,
    readonly data: Uint8Array,
  ) {}
}

/** A decoded msgpack item. Maps are `Map`s, so any key (even `"__proto__"`) is kept as data. */
export type Wire = null | boolean | number | bigint | string | Uint8Array | Wire[] | Map<Wire, Wire> | WireExt;

const textDecoder = new TextDecoder();

/**
 * Reads one msgpack item that must span all of `bytes`. Strings are decoded the same way at every length
 * (invalid UTF-8 becomes U+FFFD); 64-bit integers beyond 2^53 become bigints; floats stay JS numbers.
 */
export function readMsgpack(bytes: Uint8Array): Wire {
  const r = new Reader(bytes);
  const v = r.item();
  r.end();
  return v;
}

/** A msgpack reader over one buffer: `item()` reads the next item whatever its type. */
export class Reader {
  pos = 0;
  protected readonly view: DataView;

  constructor(protected readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  item(): Wire {
    const b = this.u8();
    if (b <= 0x7f) return b;
    if (b >= 0xe0) return b - 0x100;
    if (b <= 0x8f) return this.map(b & 0x0f);
    if (b <= 0x9f) return this.array(b & 0x0f);
    if (b <= 0xbf) return this.str(b & 0x1f);
    return this.tagged(b);
  }

  /** Throws unless every byte has been read. */
  end(): void {
    if (this.pos !== this.bytes.length) throw new RangeError(`msgpack: ${this.bytes.length - this.pos} extra bytes after the value`);
  }

  private tagged(b: number): Wire {
    const v = this.view;
    switch (b) {
      case 0xc0: return null;
      case 0xc2: return false;
      case 0xc3: return true;
      case 0xc4: return this.take(this.u8()).slice();
      case 0xc5: return this.take(this.u16()).slice();
      case 0xc6: return this.take(this.u32()).slice();
      case 0xc7: return this.ext(this.u8());
      case 0xc8: return this.ext(this.u16());
      case 0xc9: return this.ext(this.u32());
      case 0xca: return v.getFloat32(this.advance(4));
      case 0xcb: return v.getFloat64(this.advance(8));
      case 0xcc: return this.u8();
      case 0xcd: return this.u16();
      case 0xce: return this.u32();
      case 0xcf: return small(v.getBigUint64(this.advance(8)));
      case 0xd0: return v.getInt8(this.advance(1));
      case 0xd1: return v.getInt16(this.advance(2));
      case 0xd2: return v.getInt32(this.advance(4));
      case 0xd3: return small(v.getBigInt64(this.advance(8)));
      case 0xd4: return this.ext(1);
      case 0xd5: return this.ext(2);
      case 0xd6: return this.ext(4);
      case 0xd7: return this.ext(8);
      case 0xd8: return this.ext(16);
      case 0xd9: return this.str(this.u8());
      case 0xda: return this.str(this.u16());
      case 0xdb: return this.str(this.u32());
      case 0xdc: return this.array(this.u16());
      case 0xdd: return this.array(this.u32());
      case 0xde: return this.map(this.u16());
      case 0xdf: return this.map(this.u32());
      default: throw new RangeError(`msgpack: unknown type byte 0x${b.toString(16)} at ${this.pos - 1}`);
    }
  }

  protected array(n: number): Wire[] {
    this.room(n);
    const out = new Array<Wire>(n);
    for (let i = 0; i < n; i++) out[i] = this.item();
    return out;
  }

  protected map(n: number): Map<Wire, Wire> {
    this.room(2 * n);
    const out = new Map<Wire, Wire>();
    for (let i = 0; i < n; i++) {
      const k = this.item();
      out.set(k, this.item());
    }
    return out;
  }

  protected str(n: number): string {
    const at = this.advance(n);
    const b = this.bytes;
    if (n <= 32) {
      let s = "";
      for (let i = at; i < at + n; i++) {
        if (b[i] > 0x7f) return textDecoder.decode(b.subarray(at, at + n));
        s += String.fromCharCode(b[i]);
      }
      return s;
    }
    return textDecoder.decode(b.subarray(at, at + n));
  }

  private ext(n: number): WireExt {
    const type = this.view.getInt8(this.advance(1));
    return new WireExt(type, this.take(n).slice());
  }

  protected take(n: number): Uint8Array {
    const at = this.advance(n);
    return this.bytes.subarray(at, at + n);
  }

  protected room(items: number): void {
    if (items > this.bytes.length - this.pos) throw new RangeError(`msgpack: ${items} items announced at ${this.pos} but fewer bytes remain`);
  }

  protected advance(n: number): number {
    const at = this.pos;
    if (at + n > this.bytes.length) throw new RangeError(`msgpack: unexpected end of input at ${at}`);
    this.pos = at + n;
    return at;
  }

  protected u8(): number {
    return this.bytes[this.advance(1)];
  }

  protected u16(): number {
    return this.view.getUint16(this.advance(2));
  }

  protected u32(): number {
    return this.view.getUint32(this.advance(4));
  }
}

function small(n: bigint): number | bigint {
  return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
}
