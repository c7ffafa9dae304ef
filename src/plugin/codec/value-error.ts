import { AttributePath, type PathStep } from "../framework/path";

/**
 * A value the codec cannot carry, with the attribute path where it sits. `unsupported` marks a value
 * Terraform may legitimately send that the provider does not accept (e.g. an infinite number), as opposed
 * to a value of the wrong shape, which is a bug on one side of the protocol.
 */
export class ValueCodecError extends TypeError {
  constructor(
    readonly path: AttributePath,
    readonly reason: string,
    readonly unsupported = false,
  ) {
    super(`${path.isEmpty() ? "value" : path.toString()}: ${reason}`);
  }
}

/**
 * A problem somewhere inside a value. The path is only assembled when one is thrown (each enclosing list,
 * map or object prepends its step on the way out), so the hot path builds nothing.
 */
export class Mismatch extends Error {
  readonly steps: PathStep[] = [];
  constructor(
    message: string,
    readonly unsupported = false,
  ) {
    super(message);
  }
}

/** Runs `f`, turning a {@link Mismatch} into a {@link ValueCodecError} naming where it happened. */
export function located<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof Mismatch) throw new ValueCodecError(AttributePath.of(e.steps), e.message, e.unsupported);
    throw e;
  }
}

/** Prepends one step to a passing {@link Mismatch}; returns the error to rethrow. */
export function step(e: unknown, s: PathStep): unknown {
  if (e instanceof Mismatch) e.steps.unshift(s);
  return e;
}

/** The path step of a {@link ChildKey}, made only when a mismatch needs it. */
export function childStep(key: string | number, inObject: boolean): PathStep {
  return typeof key === "number" ? { listIndex: key } : inObject ? { attr: key } : { mapKey: key };
}

/** A wrong-shape error: what was expected and what kind of thing arrived. */
export function mismatch(expected: string, got: unknown): Mismatch {
  const desc = Array.isArray(got) ? "list" : got === null ? "null" : typeof got;
  return new Mismatch(`expected ${expected}, got ${desc}`);
}
