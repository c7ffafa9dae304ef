import { AmbiguousWriteError, NotFoundError } from "./errors";

/**
 * What a lost create answer leaves behind, as a lookup finds it: the object (the create was applied), or undefined
 * (it was not: send it again); a lookup that cannot tell throws.
 */
export type LostCreateLookup<T> = (err: AmbiguousWriteError) => Promise<T | undefined>;

/**
 * Sends a create (POST) up to `maxAttempts` times: when an answer is lost, `lookUp` finds the object (it is returned)
 * or answers undefined (sent again); without `lookUp` the {@link AmbiguousWriteError} is thrown.
 */
export async function createRecovering<T>(post: () => Promise<T>, lookUp: LostCreateLookup<T> | undefined, maxAttempts: number): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await post();
    } catch (e) {
      if (!(e instanceof AmbiguousWriteError) || !lookUp) throw e;
      const found = await lookUp(e);
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
