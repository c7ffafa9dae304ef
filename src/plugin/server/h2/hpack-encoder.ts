/**
 * HPACK encoding of the few header lists a gRPC server sends, as literals without indexing (RFC 7541 section 6.2.2), so
 * nothing depends on the peer's dynamic table. `:status: 200` is the static table's entry 8.
 */
export function encodeHeaders(headers: ReadonlyArray<readonly [string, string]>): Buffer {
  const parts: Buffer[] = [];
  for (const [name, value] of headers) {
    if (name === ":status" && value === "200") parts.push(Buffer.from([0x88]));
    else parts.push(Buffer.from([0x00]), literal(name), literal(value));
  }
  return Buffer.concat(parts);
}

/** A string literal, not Huffman-coded: its length as an integer with a 7-bit prefix, then the octets. */
function literal(s: string): Buffer {
  const bytes = Buffer.from(s, "latin1");
  return Buffer.concat([integer(bytes.length, 7), bytes]);
}

/** An HPACK integer with an N-bit prefix (the prefix's high bits left 0). */
export function integer(value: number, prefix: number): Buffer {
  const max = (1 << prefix) - 1;
  if (value < max) return Buffer.from([value]);
  const out = [max];
  value -= max;
  while (value >= 0x80) {
    out.push((value % 0x80) | 0x80);
    value = Math.floor(value / 0x80);
  }
  out.push(value);
  return Buffer.from(out);
}
