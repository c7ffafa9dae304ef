import { encodeHeaders, integer } from "../../../../src/plugin/server/h2/hpack-encoder";
import { HpackDecoder } from "../../../../src/plugin/server/h2/hpack-decoder";

describe("HPACK encoding", () => {
  test("integers with an N-bit prefix (RFC 7541 C.1)", () => {
    expect([...integer(10, 5)]).toEqual([0x0a]);
    expect([...integer(1337, 5)]).toEqual([0x1f, 0x9a, 0x0a]);
    expect([...integer(42, 8)]).toEqual([0x2a]);
  });

  test("a response's headers decode back to the same list, with :status 200 as one static index byte", () => {
    const list: Array<[string, string]> = [[":status", "200"], ["content-type", "application/grpc"], ["grpc-message", "x".repeat(300)]];
    const block = encodeHeaders(list);
    expect(block[0]).toBe(0x88);
    expect(new HpackDecoder().decode(block)).toEqual(list);
  });
});
