import { HpackDecoder } from "../../../../src/plugin/server/h2/hpack-decoder";
import { ConnectionError } from "../../../../src/plugin/server/h2/frames";

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ""), "hex");
type Series = Array<[block: string, headers: Array<[string, string]>]>;

function decodesSeries(tableSize: number, series: Series): void {
  const d = new HpackDecoder(tableSize);
  for (const [block, headers] of series) expect(d.decode(hex(block))).toEqual(headers);
}

const req1: Array<[string, string]> = [[":method", "GET"], [":scheme", "http"], [":path", "/"], [":authority", "www.example.com"]];
const req2: Array<[string, string]> = [...req1, ["cache-control", "no-cache"]];
const req3: Array<[string, string]> = [[":method", "GET"], [":scheme", "https"], [":path", "/index.html"], [":authority", "www.example.com"], ["custom-key", "custom-value"]];
const date1 = "Mon, 21 Oct 2013 20:13:21 GMT";
const resp1: Array<[string, string]> = [[":status", "302"], ["cache-control", "private"], ["date", date1], ["location", "https://www.example.com"]];
const resp2: Array<[string, string]> = [[":status", "307"], ...resp1.slice(1)];
const resp3: Array<[string, string]> = [
  [":status", "200"],
  ["cache-control", "private"],
  ["date", "Mon, 21 Oct 2013 20:13:22 GMT"],
  ["location", "https://www.example.com"],
  ["content-encoding", "gzip"],
  ["set-cookie", "foo=ASDJKHQKBZXOQWEOPIUAXQWEOIU; max-age=3600; version=1"],
];

describe("HPACK decoding (RFC 7541 Appendix C)", () => {
  test("C.2: each literal form and an indexed field", () => {
    const d = new HpackDecoder();
    expect(d.decode(hex("400a 6375 7374 6f6d 2d6b 6579 0d63 7573 746f 6d2d 6865 6164 6572"))).toEqual([["custom-key", "custom-header"]]);
    expect(d.decode(hex("040c 2f73 616d 706c 652f 7061 7468"))).toEqual([[":path", "/sample/path"]]);
    expect(d.decode(hex("1008 7061 7373 776f 7264 0673 6563 7265 74"))).toEqual([["password", "secret"]]);
    expect(d.decode(hex("82"))).toEqual([[":method", "GET"]]);
    // C.2.1 added its field to the dynamic table; the other forms did not.
    expect(d.decode(hex("be"))).toEqual([["custom-key", "custom-header"]]);
    expect(() => d.decode(hex("bf"))).toThrow(ConnectionError);
  });

  test("C.3: requests without Huffman coding share the dynamic table", () => {
    decodesSeries(4096, [
      ["8286 8441 0f77 7777 2e65 7861 6d70 6c65 2e63 6f6d", req1],
      ["8286 84be 5808 6e6f 2d63 6163 6865", req2],
      ["8287 85bf 400a 6375 7374 6f6d 2d6b 6579 0c63 7573 746f 6d2d 7661 6c75 65", req3],
    ]);
  });

  test("C.4: the same requests with Huffman-coded strings", () => {
    decodesSeries(4096, [
      ["8286 8441 8cf1 e3c2 e5f2 3a6b a0ab 90f4 ff", req1],
      ["8286 84be 5886 a8eb 1064 9cbf", req2],
      ["8287 85bf 4088 25a8 49e9 5ba9 7d7f 8925 a849 e95b b8e8 b4bf", req3],
    ]);
  });

  test("C.5: responses in a 256-byte table evict the oldest entries", () => {
    decodesSeries(256, [
      ["4803 3330 3258 0770 7269 7661 7465 611d 4d6f 6e2c 2032 3120 4f63 7420 3230 3133 2032 303a 3133 3a32 3120 474d 546e 1768 7474 7073 3a2f 2f77 7777 2e65 7861 6d70 6c65 2e63 6f6d", resp1],
      ["4803 3330 37c1 c0bf", resp2],
      [
        "88c1 611d 4d6f 6e2c 2032 3120 4f63 7420 3230 3133 2032 303a 3133 3a32 3220 474d 54c0 5a04 677a 6970 7738 666f 6f3d 4153 444a 4b48 514b 425a 584f 5157 454f 5049 5541 5851 5745 4f49 553b 206d 6178 2d61 6765 3d33 3630 303b 2076 6572 7369 6f6e 3d31",
        resp3,
      ],
    ]);
  });

  test("C.6: the same responses with Huffman coding", () => {
    decodesSeries(256, [
      ["4882 6402 5885 aec3 771a 4b61 96d0 7abe 9410 54d4 44a8 2005 9504 0b81 66e0 82a6 2d1b ff6e 919d 29ad 1718 63c7 8f0b 97c8 e9ae 82ae 43d3", resp1],
      ["4883 640e ffc1 c0bf", resp2],
      [
        "88c1 6196 d07a be94 1054 d444 a820 0595 040b 8166 e084 a62d 1bff c05a 839b d9ab 77ad 94e7 821d d7f2 e6c7 b335 dfdf cd5b 3960 d5af 2708 7f36 72c1 ab27 0fb5 291f 9587 3160 65c0 03ed 4ee5 b106 3d50 07",
        resp3,
      ],
    ]);
  });
});

describe("dynamic table size updates", () => {
  test("a size update of 0 empties the table, and a later index into it fails", () => {
    const d = new HpackDecoder();
    d.decode(hex("400a 6375 7374 6f6d 2d6b 6579 0d63 7573 746f 6d2d 6865 6164 6572"));
    expect(d.decode(hex("20 82"))).toEqual([[":method", "GET"]]);
    expect(() => d.decode(hex("be"))).toThrow(/not in the table/);
  });

  test("fails when an update exceeds the announced size or follows a field", () => {
    expect(() => new HpackDecoder(4096).decode(hex("3fe2 1f"))).toThrow(/4097 exceeds 4096/);
    expect(() => new HpackDecoder().decode(hex("82 20"))).toThrow(/after a header field/);
  });

  test("fails on a truncated block", () => {
    expect(() => new HpackDecoder().decode(hex("400a 6375"))).toThrow(/truncated/);
  });
});
