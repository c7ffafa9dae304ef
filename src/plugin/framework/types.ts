/** Terraform value types (the cty type system subset the protocol carries). */
export type TfType =
  | { readonly kind: "string" }
  | { readonly kind: "number" }
  | { readonly kind: "bool" }
  | { readonly kind: "dynamic" }
  | { readonly kind: "list"; readonly element: TfType }
  | { readonly kind: "set"; readonly element: TfType }
  | { readonly kind: "map"; readonly element: TfType }
  | { readonly kind: "tuple"; readonly elements: readonly TfType[] }
  | { readonly kind: "object"; readonly attributes: Readonly<Record<string, TfType>>; readonly optional?: readonly string[] };

/** Builders for {@link TfType}s: `types.list(types.string)`. */
export const types = {
  string: { kind: "string" } as TfType,
  number: { kind: "number" } as TfType,
  bool: { kind: "bool" } as TfType,
  dynamic: { kind: "dynamic" } as TfType,
  list: (element: TfType): TfType => ({ kind: "list", element }),
  set: (element: TfType): TfType => ({ kind: "set", element }),
  map: (element: TfType): TfType => ({ kind: "map", element }),
  tuple: (elements: TfType[]): TfType => ({ kind: "tuple", elements }),
  object: (attributes: Record<string, TfType>, optional?: string[]): TfType =>
    optional?.length ? { kind: "object", attributes, optional } : { kind: "object", attributes },
};

/** The type in the JSON form Terraform uses on the wire and in `providers schema -json` (e.g. `["list","string"]`). */
export function typeToJson(t: TfType): unknown {
  switch (t.kind) {
    case "string":
    case "number":
    case "bool":
    case "dynamic":
      return t.kind;
    case "list":
    case "set":
    case "map":
      return [t.kind, typeToJson(t.element)];
    case "tuple":
      return ["tuple", t.elements.map(typeToJson)];
    case "object": {
      const attrs = Object.create(null) as Record<string, unknown>;
      for (const k of Object.keys(t.attributes).sort()) attrs[k] = typeToJson(t.attributes[k]);
      return t.optional?.length ? ["object", attrs, [...t.optional].sort()] : ["object", attrs];
    }
  }
}

/** Parses the JSON type form back into a {@link TfType}. */
export function typeFromJson(j: unknown): TfType {
  if (j === "string" || j === "number" || j === "bool" || j === "dynamic") return { kind: j };
  if (Array.isArray(j)) {
    const [kind, arg, opt] = j as [string, unknown, unknown];
    if (kind === "list" || kind === "set" || kind === "map") return { kind, element: typeFromJson(arg) };
    if (kind === "tuple" && Array.isArray(arg)) return { kind, elements: arg.map(typeFromJson) };
    if (kind === "object" && typeof arg === "object" && arg !== null) {
      const attributes = Object.create(null) as Record<string, TfType>;
      for (const [k, v] of Object.entries(arg)) attributes[k] = typeFromJson(v);
      return types.object(attributes, Array.isArray(opt) ? (opt as string[]) : undefined);
    }
  }
  throw new SyntaxError(`unsupported Terraform type ${JSON.stringify(j)}`);
}
