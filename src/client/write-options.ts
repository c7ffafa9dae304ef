import type { AmbiguousWriteError } from "./errors";
import type { CallOptions } from "./transport";

/** Options of a create (POST) call. */
export interface CreateOptions<T> extends CallOptions {
  /**
   * Called when the POST may have reached the server but no answer came back. Return the object if
   * it was in fact created (e.g. found by name), or undefined to have the POST sent again. Without
   * it, the {@link AmbiguousWriteError} is thrown to the caller.
   */
  recover?: (err: AmbiguousWriteError) => Promise<T | undefined>;
}
