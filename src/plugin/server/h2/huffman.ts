import { ConnectionError, ErrorCode } from "./frames";

/**
 * Bit length of each symbol's code in HPACK's Huffman code (RFC 7541 Appendix B), symbols 0–255 and EOS (256).
 * The code is canonical (codes of one length are consecutive, in symbol order), so the lengths define it.
 */
const CODE_LENGTHS = [
  13, 23, 28, 28, 28, 28, 28, 28, 28, 24, 30, 28, 28, 30, 28, 28,
  28, 28, 28, 28, 28, 28, 30, 28, 28, 28, 28, 28, 28, 28, 28, 28,
  6, 10, 10, 12, 13, 6, 8, 11, 10, 10, 8, 11, 8, 6, 6, 6,
  5, 5, 5, 6, 6, 6, 6, 6, 6, 6, 7, 8, 15, 6, 12, 10,
  13, 6, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,
  7, 7, 7, 7, 7, 7, 7, 7, 8, 7, 8, 13, 19, 13, 14, 6,
  15, 5, 6, 5, 6, 5, 6, 6, 6, 5, 7, 7, 6, 6, 6, 5,
  6, 7, 6, 5, 5, 6, 7, 7, 7, 7, 7, 15, 11, 14, 13, 28,
  20, 22, 20, 20, 22, 22, 22, 23, 22, 23, 23, 23, 23, 23, 24, 23,
  24, 24, 22, 23, 24, 23, 23, 23, 23, 21, 22, 23, 22, 23, 23, 24,
  22, 21, 20, 22, 22, 23, 23, 21, 23, 22, 22, 24, 21, 22, 23, 23,
  21, 21, 22, 21, 23, 22, 23, 23, 20, 22, 22, 22, 23, 22, 22, 23,
  26, 26, 20, 19, 22, 23, 22, 25, 26, 26, 26, 27, 27, 26, 24, 25,
  19, 21, 26, 27, 27, 26, 27, 24, 21, 21, 26, 26, 28, 27, 27, 27,
  20, 24, 20, 21, 22, 21, 21, 23, 22, 22, 25, 25, 24, 24, 26, 23,
  26, 27, 26, 26, 27, 27, 27, 27, 27, 28, 27, 27, 27, 27, 27, 26,
  30,
];

/** Decoding tree: node i has children at CHILD[2i] (bit 0) and CHILD[2i+1] (bit 1); a leaf holds -(symbol + 1). */
const CHILD = buildTree();

function buildTree(): Int32Array {
  const symbols = [...CODE_LENGTHS.keys()].sort((a, b) => CODE_LENGTHS[a] - CODE_LENGTHS[b] || a - b);
  const child = new Int32Array(2 * 2 * symbols.length).fill(0);
  let nodes = 1;
  let code = 0;
  let prevLength = CODE_LENGTHS[symbols[0]];
  for (const symbol of symbols) {
    const length = CODE_LENGTHS[symbol];
    code *= 2 ** (length - prevLength);
    prevLength = length;
    let node = 0;
    for (let bit = length - 1; bit > 0; bit--) {
      const slot = 2 * node + (Math.floor(code / 2 ** bit) & 1);
      if (child[slot] === 0) child[slot] = nodes++;
      node = child[slot];
    }
    child[2 * node + (code & 1)] = -(symbol + 1);
    code++;
  }
  return child;
}

/** Decodes a Huffman-coded string; the padding must be at most 7 one-bits and EOS must not appear (RFC 7541 section 5.2). */
export function huffmanDecode(input: Uint8Array): string {
  const out: number[] = [];
  let node = 0;
  let depth = 0;
  let allOnes = true;
  for (const byte of input) {
    for (let bit = 7; bit >= 0; bit--) {
      const b = (byte >> bit) & 1;
      const next = CHILD[2 * node + b];
      allOnes &&= b === 1;
      depth++;
      if (next < 0) {
        if (next === -257) throw new ConnectionError(ErrorCode.CompressionError, "EOS in a Huffman-coded string");
        out.push(-next - 1);
        node = 0;
        depth = 0;
        allOnes = true;
      } else node = next;
    }
  }
  if (depth > 7 || !allOnes) throw new ConnectionError(ErrorCode.CompressionError, "invalid padding in a Huffman-coded string");
  return Buffer.from(out).toString("latin1");
}
