/** One step of an {@link AttributePath}. */
export type PathStep =
  | { readonly attr: string }
  | { readonly mapKey: string }
  | { readonly listIndex: number };

/**
 * An immutable path to an attribute or element, so Terraform can point at the config line:
 * `AttributePath.root("documents").attr("document_types").listIndex(0).attr("country")`.
 * Every step returns a new path.
 */
export class AttributePath {
  /** The empty path (the whole object). */
  static readonly empty = new AttributePath([]);

  private constructor(readonly steps: readonly PathStep[]) {}

  /** A path starting at a top-level attribute. */
  static root(name: string): AttributePath {
    return new AttributePath([{ attr: name }]);
  }

  /** A path from a list of steps. */
  static of(steps: readonly PathStep[]): AttributePath {
    return new AttributePath([...steps]);
  }

  /** The path to a nested attribute. */
  attr(name: string): AttributePath {
    return new AttributePath([...this.steps, { attr: name }]);
  }

  /** The path to a list (or set, positionally) element. */
  listIndex(index: number): AttributePath {
    return new AttributePath([...this.steps, { listIndex: index }]);
  }

  /** The path to a map element. */
  mapKey(key: string): AttributePath {
    return new AttributePath([...this.steps, { mapKey: key }]);
  }

  /** The parent path (empty stays empty). */
  parent(): AttributePath {
    return new AttributePath(this.steps.slice(0, -1));
  }

  /** True when the path has no steps. */
  isEmpty(): boolean {
    return this.steps.length === 0;
  }

  /** True when both paths have the same steps. */
  equals(other: AttributePath): boolean {
    return this.toString() === other.toString();
  }

  /** Terraform-style text: `a.b[0]["k"]`. */
  toString(): string {
    let s = "";
    for (const step of this.steps) {
      if ("attr" in step) s += s === "" ? step.attr : `.${step.attr}`;
      else if ("mapKey" in step) s += `[${JSON.stringify(step.mapKey)}]`;
      else s += `[${step.listIndex}]`;
    }
    return s;
  }
}
