import { AttributePath } from "./path";

/** How serious a diagnostic is. Errors stop the operation; warnings are shown and ignored. */
export type Severity = "error" | "warning";

/** A message for the practitioner: a short title-case `summary`, full sentences in `detail`, and the attribute it is about. */
export interface Diagnostic {
  readonly severity: Severity;
  readonly summary: string;
  readonly detail: string;
  readonly path?: AttributePath;
}

/** An ordered collection of diagnostics; duplicates are dropped. Handlers append here and return early on {@link hasError}. */
export class Diagnostics implements Iterable<Diagnostic> {
  private readonly items: Diagnostic[] = [];

  /** Adds an error not tied to an attribute. */
  addError(summary: string, detail = ""): void {
    this.add({ severity: "error", summary, detail });
  }

  /** Adds a warning not tied to an attribute. */
  addWarning(summary: string, detail = ""): void {
    this.add({ severity: "warning", summary, detail });
  }

  /** Adds an error about the attribute at `path`. */
  addAttributeError(path: AttributePath, summary: string, detail = ""): void {
    this.add({ severity: "error", summary, detail, path });
  }

  /** Adds a warning about the attribute at `path`. */
  addAttributeWarning(path: AttributePath, summary: string, detail = ""): void {
    this.add({ severity: "warning", summary, detail, path });
  }

  /** Adds one diagnostic unless an equal one is already present. */
  add(d: Diagnostic): void {
    const same = (x: Diagnostic) =>
      x.severity === d.severity && x.summary === d.summary && x.detail === d.detail && (x.path?.toString() ?? "") === (d.path?.toString() ?? "");
    if (!this.items.some(same)) this.items.push(d);
  }

  /** Appends other diagnostics (collections or single ones). */
  append(...others: Array<Diagnostics | Iterable<Diagnostic> | Diagnostic>): void {
    for (const o of others) {
      if (isDiagnostic(o)) this.add(o);
      else for (const d of o) this.add(d);
    }
  }

  /** True when any diagnostic is an error. */
  hasError(): boolean {
    return this.items.some((d) => d.severity === "error");
  }

  /** The errors only. */
  errors(): Diagnostic[] {
    return this.items.filter((d) => d.severity === "error");
  }

  /** The warnings only. */
  warnings(): Diagnostic[] {
    return this.items.filter((d) => d.severity === "warning");
  }

  /** Number of diagnostics. */
  get length(): number {
    return this.items.length;
  }

  /** A copy of all diagnostics in order. */
  toArray(): Diagnostic[] {
    return [...this.items];
  }

  [Symbol.iterator](): Iterator<Diagnostic> {
    return this.items[Symbol.iterator]();
  }
}

function isDiagnostic(x: unknown): x is Diagnostic {
  return typeof x === "object" && x !== null && "severity" in x && "summary" in x;
}

/** Internal faults: a diagnostic that asks the user to report a provider bug. */
export function providerBug(summary: string, detail: string): Diagnostic {
  return {
    severity: "error",
    summary,
    detail: `${detail}\n\nThis is a bug in the provider, please report it to the provider developers.`,
  };
}
