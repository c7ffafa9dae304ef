import { dataFrames, Flag, framePayload, FrameReader, FrameType, frame, headerFrames } from "../../../../src/plugin/server/h2/frames";

describe("HTTP/2 frames", () => {
  test("the reader returns whole frames, keeping a partial one across chunks", () => {
    const bytes = Buffer.concat([frame(FrameType.Ping, 0, 0, Buffer.from("12345678")), frame(FrameType.Data, Flag.EndStream, 3, Buffer.from("abc"))]);
    const r = new FrameReader(16_384);
    expect(r.push(bytes.subarray(0, 5))).toEqual([]);
    const first = r.push(bytes.subarray(5, 20));
    expect(first.map((f) => [f.type, f.streamId, f.payload.toString()])).toEqual([[FrameType.Ping, 0, "12345678"]]);
    const rest = r.push(bytes.subarray(20));
    expect(rest.map((f) => [f.type, f.flags, f.streamId, f.payload.toString()])).toEqual([[FrameType.Data, Flag.EndStream, 3, "abc"]]);
  });

  test("fails on a frame larger than the announced maximum", () => {
    expect(() => new FrameReader(16_384).push(frame(FrameType.Data, 0, 1, Buffer.alloc(16_385)))).toThrow(/exceeds 16384/);
  });

  test("a large header block goes out as HEADERS and CONTINUATION frames, END_HEADERS on the last", () => {
    const frames = new FrameReader(1 << 20).push(headerFrames(5, Buffer.alloc(40_000, 1), true, 16_384));
    expect(frames.map((f) => [f.type, f.flags, f.payload.length])).toEqual([
      [FrameType.Headers, Flag.EndStream, 16_384],
      [FrameType.Continuation, 0, 16_384],
      [FrameType.Continuation, Flag.EndHeaders, 7_232],
    ]);
  });

  test("DATA is split at the peer's maximum frame size", () => {
    const frames = new FrameReader(1 << 20).push(dataFrames(7, Buffer.alloc(20_000), 16_384));
    expect(frames.map((f) => [f.streamId, f.payload.length])).toEqual([[7, 16_384], [7, 3_616]]);
  });

  test("padding and priority fields are stripped from a payload", () => {
    const padded = { type: FrameType.Headers, flags: Flag.Padded | Flag.Priority, streamId: 1, payload: Buffer.from([2, 0, 0, 0, 0, 16, 0x82, 0, 0]) };
    expect([...framePayload(padded)]).toEqual([0x82]);
  });
});
