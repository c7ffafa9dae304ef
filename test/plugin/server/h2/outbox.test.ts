import { PassThrough } from "node:stream";
import { Outbox } from "../../../../src/plugin/server/h2/outbox";

function socket() {
  const s = new PassThrough();
  const writes: string[] = [];
  const write = s.write.bind(s);
  s.write = ((chunk: Buffer) => (writes.push(chunk.toString()), write(chunk))) as typeof s.write;
  return { s, writes };
}

describe("the connection's outbox", () => {
  test("what a batch writes leaves in one write when the batch ends", () => {
    const { s, writes } = socket();
    const o = new Outbox(s);
    o.batch(() => {
      o.write(Buffer.from("a"));
      o.batch(() => o.write(Buffer.from("b")));
      expect(writes).toEqual([]);
    });
    expect(writes).toEqual(["ab"]);
  });

  test("writes outside a batch leave together at the end of the event loop's turn", async () => {
    const { s, writes } = socket();
    const o = new Outbox(s);
    o.write(Buffer.from("x"));
    o.write(Buffer.from("y"));
    expect(writes).toEqual([]);
    await new Promise((r) => setImmediate(r));
    expect(writes).toEqual(["xy"]);
  });

  test("nothing is written to a destroyed socket", async () => {
    const { s, writes } = socket();
    const o = new Outbox(s);
    s.destroy();
    o.batch(() => o.write(Buffer.from("late")));
    expect(writes).toEqual([]);
  });
});
