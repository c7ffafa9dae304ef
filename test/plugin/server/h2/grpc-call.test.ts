import { frameMessage, percentEncode, unframe } from "../../../../src/plugin/server/h2/grpc-call";

describe("gRPC messages", () => {
  test("a message round-trips through its 5-byte prefix", () => {
    const framed = frameMessage(Buffer.from("hello"));
    expect([...framed.subarray(0, 5)]).toEqual([0, 0, 0, 0, 5]);
    expect(unframe(framed)).toEqual(Buffer.from("hello"));
  });

  test("says why a body is not exactly one uncompressed message", () => {
    expect(unframe(Buffer.from([0, 0]))).toMatch(/no gRPC message/);
    expect(unframe(Buffer.from([1, 0, 0, 0, 0]))).toMatch(/compressed/);
    expect(unframe(Buffer.concat([frameMessage(Buffer.from("a")), frameMessage(Buffer.from("b"))]))).toMatch(/exactly one/);
  });

  test("grpc-message is percent-encoded UTF-8", () => {
    expect(percentEncode("ok: 100% ü\n")).toBe("ok: 100%25 %C3%BC%0A");
  });
});
