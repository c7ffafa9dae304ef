import { FrameReader, FrameType } from "../../../../src/plugin/server/h2/frames";
import { Sender } from "../../../../src/plugin/server/h2/sender";
import { H2Stream } from "../../../../src/plugin/server/h2/stream";

function sender() {
  const written: Buffer[] = [];
  const ended: number[] = [];
  const s = new Sender((b) => written.push(b), (st) => ended.push(st.id));
  const frames = () => new FrameReader(1 << 20).push(Buffer.concat(written.splice(0)));
  return { s, frames, ended };
}

describe("sending within flow-control windows", () => {
  test("a response larger than the peer's windows waits, and resumes as WINDOW_UPDATEs arrive", () => {
    const { s, frames, ended } = sender();
    const stream = new H2Stream(1, s.initialWindow);
    s.send(stream, Buffer.from([0x88]), Buffer.alloc(100_000), Buffer.from([0x00]));
    const first = frames();
    expect(first[0].type).toBe(FrameType.Headers);
    expect(first.filter((f) => f.type === FrameType.Data).reduce((n, f) => n + f.payload.length, 0)).toBe(65_535);
    expect(ended).toEqual([]);
    s.grantConnection(50_000);
    expect(frames()).toEqual([]); // the stream's own window is still empty
    s.grantStream(stream, 50_000);
    const rest = frames();
    expect(rest.filter((f) => f.type === FrameType.Data).reduce((n, f) => n + f.payload.length, 0)).toBe(100_000 - 65_535);
    expect(rest[rest.length - 1].type).toBe(FrameType.Headers);
    expect(ended).toEqual([1]);
  });

  test("a lower SETTINGS_INITIAL_WINDOW_SIZE can make a window negative; sending waits until it is positive", () => {
    const { s, frames } = sender();
    const stream = new H2Stream(1, s.initialWindow);
    s.send(stream, undefined, Buffer.alloc(60_000));
    frames();
    s.setInitialWindow(1_000, [stream]);
    expect(stream.sendWindow).toBe(1_000 - 60_000);
    s.send(stream, undefined, Buffer.alloc(10));
    expect(frames()).toEqual([]);
    s.grantStream(stream, 59_010);
    expect(frames().map((f) => f.payload.length)).toEqual([10]);
  });

  test("a reset stream sends nothing more", () => {
    const { s, frames } = sender();
    const stream = new H2Stream(1, 10);
    s.send(stream, undefined, Buffer.alloc(100));
    s.drop(stream);
    frames();
    s.grantStream(stream, 1_000);
    s.send(stream, undefined, Buffer.alloc(1), Buffer.from([0]));
    expect(frames()).toEqual([]);
  });
});
