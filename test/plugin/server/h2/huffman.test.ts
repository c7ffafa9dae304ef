import { huffmanDecode } from "../../../../src/plugin/server/h2/huffman";

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ""), "hex");

describe("Huffman decoding (RFC 7541 Appendix B)", () => {
  test("decodes the RFC's examples", () => {
    expect(huffmanDecode(hex("f1e3 c2e5 f23a 6ba0 ab90 f4ff"))).toBe("www.example.com");
    expect(huffmanDecode(hex("a8eb 1064 9cbf"))).toBe("no-cache");
    expect(huffmanDecode(hex("6402"))).toBe("302");
    expect(huffmanDecode(hex("9d29 ad17 1863 c78f 0b97 c8e9 ae82 ae43 d3"))).toBe("https://www.example.com");
  });

  test("decodes an empty string", () => {
    expect(huffmanDecode(new Uint8Array())).toBe("");
  });

  test("fails on padding that is not all ones or longer than 7 bits", () => {
    expect(() => huffmanDecode(hex("f1e3 c2e5 f23a 6ba0 ab90 f4fe"))).toThrow(/padding/);
    expect(() => huffmanDecode(hex("ff"))).toThrow(/padding/);
  });

  test("fails on EOS inside the string", () => {
    expect(() => huffmanDecode(hex("ffff fffc"))).toThrow(/EOS/);
  });
});
