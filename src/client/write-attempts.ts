import { AmbiguousWriteError, NotFoundError } from "./errors";
import type { CreateOptions } from "./write-options";

/**
 * Sends a create (POST) up to `maxAttempts` times: when an answer is lost, `opts.recover` may find the object (it is
 * returned) or answer undefined (sent again); without `recover` the {@link AmbiguousWriteError} is thrown.
 */
export async function createRecovering<T>(post: () => Promise<T>, opts: CreateOptions<T>, maxAttempts: number): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await post();
    } catch (e) {
      if (!(e instanceof AmbiguousWriteError) || !opts.recover) throw e;
      const found = await opts.recover(e);
      if (found) return found;
      if (attempt >= maxAttempts) throw e;
    }
  }
}

/** Sends a DELETE; a NotFound after an earlier attempt that may have been applied answers `gone` (it counts as deleted). */
export async function deleteOnce<T>(send: () => Promise<T>, gone: T): Promise<T> {
  try {
    return await send();
  } catch (e) {
    if (e instanceof NotFoundError && e.afterAmbiguousAttempt) return gone;
    throw e;
  }
}
