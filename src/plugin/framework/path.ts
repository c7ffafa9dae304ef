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

/**
 * Maps one zod path key to an attribute name (the usual case: camelCase → snake_case), or to a map key
 * when the parent is a map attribute. `parent` is the path built so far.
 */
export type PathKeyMapper = (key: string, parent: AttributePath) => string | { mapKey: string };

/**
 * Turns a zod issue path (`["documents", "documentTypes", 0, "country"]`) into an attribute path.
 * Numbers become list indexes; strings become attribute names through `nameMapper` (identity by default).
 */
export function pathFromZod(issuePath: readonly PropertyKey[], nameMapper?: PathKeyMapper): AttributePath {
  let path = AttributePath.empty;
  for (const key of issuePath) {
    if (typeof key === "number") {
      path = path.listIndex(key);
      continue;
    }
    const name = String(key);
    const mapped = nameMapper ? nameMapper(name, path) : name;
    path = typeof mapped === "string" ? path.attr(mapped) : path.mapKey(mapped.mapKey);
  }
  return path;
}

/** camelCase → snake_case (`termsAndConditionsUrl` → `terms_and_conditions_url`), a ready-made {@link PathKeyMapper}. */
export function snakeCase(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/([A-Z])([A-Z][a-z])/g, "$1_$2").toLowerCase();
}
