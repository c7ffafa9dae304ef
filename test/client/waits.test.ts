import { countingWaits, noteWait, noWaits, releaseWaits } from "../../src/client";

describe("countingWaits: one operation's signal", () => {
  test("counts the waits of calls made with it, and only those", () => {
    const stats = noWaits();
    const own = countingWaits(stats);
    noteWait(own, "paced", 120);
    noteWait(own, "rate-limited", 1000);
    noteWait(new AbortController().signal, "paced", 5);
    expect(stats).toEqual({ pacedRequests: 1, pacedMs: 120, rateLimitedRetries: 1, rateLimitedMs: 1000 });
  });

  test("is aborted with Terraform's stop, with its reason, while the operation runs", () => {
    const stop = new AbortController();
    const a = countingWaits(noWaits(), stop.signal);
    const b = countingWaits(noWaits(), stop.signal);
    const done = countingWaits(noWaits(), stop.signal);
    releaseWaits(done);
    stop.abort(new Error("Terraform asked the provider to stop"));
    expect([a.aborted, b.aborted]).toEqual([true, true]);
    expect((a.reason as Error).message).toBe("Terraform asked the provider to stop");
    expect(done.aborted).toBe(false);
  });

  test("starts aborted under a stop that already happened", () => {
    const stop = new AbortController();
    stop.abort(new Error("stopped"));
    expect(countingWaits(noWaits(), stop.signal).aborted).toBe(true);
  });

  test("many operations under one stop signal add one listener, not one each", async () => {
    const stop = new AbortController();
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    process.on("warning", onWarning);
    try {
      for (let i = 0; i < 50; i++) countingWaits(noWaits(), stop.signal);
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings.filter((w) => w.name === "MaxListenersExceededWarning")).toEqual([]);
  });
});
