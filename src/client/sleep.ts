import { setTimeout as wait } from "node:timers/promises";

/** Resolves after `ms`, or rejects with the signal's reason as soon as `signal` aborts. */
export async function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  signal?.throwIfAborted();
  if (ms <= 0) return;
  await wait(ms, undefined, { signal });
}

/** Waits for `ms` or until `wake` settles, whichever is first; the timer is cleared either way. */
export async function sleepUnless(ms: number, wake: Promise<unknown>, signal?: AbortSignal): Promise<void> {
  signal?.throwIfAborted();
  const timer = new AbortController();
  const both = signal ? AbortSignal.any([signal, timer.signal]) : timer.signal;
  try {
    await Promise.race([
      wait(ms, undefined, { signal: both }).catch((e) => {
        if (signal?.aborted) throw e;
      }),
      wake,
    ]);
  } finally {
    timer.abort();
  }
  signal?.throwIfAborted();
}
