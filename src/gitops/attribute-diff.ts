/** Attribute-level differences of a resource change, named in the seed's camelCase terms. */

/** One changed attribute: `before` → `after` (`afterUnknown` when the value is known only after apply). */
export interface AttributeChange {
  path: string;
  before?: unknown;
  after?: unknown;
  afterUnknown?: boolean;
}

const camel = (k: string) => k.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isScalarList = (v: unknown) => Array.isArray(v) && v.every((x) => !isObj(x) && !Array.isArray(x));
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** A Terraform value with every object key in camelCase (the seed's and the model's spelling). */
export function camelKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(camelKeys);
  if (!isObj(v)) return v;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [camel(k), camelKeys(x)]));
}

/** Attributes never listed: identity, account and endpoint bindings, and links that every change carries. */
const HIDDEN = new Set(["id", "projectId", "accountId", "endpoint"]);

/**
 * The leaves where `before` and `after` differ (lists of plain values count as one leaf), in camelCase; with no
 * `before` (a create) the set leaves of `after`. `unknown` is the plan's `after_unknown`.
 */
export function attributeChanges(before: unknown, after: unknown, unknown: unknown = undefined): AttributeChange[] {
  const out: AttributeChange[] = [];
  walk(camelKeys(before), camelKeys(after), camelKeys(unknown), "", out, before == null);
  return out.filter((c) => !HIDDEN.has(c.path));
}

function walk(b: unknown, a: unknown, u: unknown, at: string, out: AttributeChange[], creating: boolean): void {
  if (u === true) {
    if (!creating) out.push({ path: at, before: b, afterUnknown: true });
    return;
  }
  if (isObj(a) || isObj(b)) {
    const bo = isObj(b) ? b : {};
    const ao = isObj(a) ? a : {};
    if (!isObj(a) && !isObj(u)) return void (creating || same(b, a) || out.push({ path: at, before: b, after: a }));
    for (const k of new Set([...Object.keys(bo), ...Object.keys(ao)])) walk(bo[k], ao[k], isObj(u) ? u[k] : undefined, at ? `${at}.${k}` : k, out, creating);
    return;
  }
  if (Array.isArray(a) && !isScalarList(a) && Array.isArray(b) && !isScalarList(b) && a.length === b.length) {
    a.forEach((x, i) => walk(b[i], x, Array.isArray(u) ? u[i] : undefined, `${at}[${i}]`, out, creating));
    return;
  }
  if (creating ? a !== null && a !== undefined && !(Array.isArray(a) && a.length === 0) : !same(b, a)) out.push(creating ? { path: at, after: a } : { path: at, before: b, after: a });
}
