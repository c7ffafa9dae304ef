import type { Attribute } from "../../plugin";

type Attrs = Readonly<Record<string, Attribute>>;

/** The same attributes as read-only (computed) ones, for data sources: no defaults, plan modifiers or validators. */
export function computedOnly(attributes: Attrs): Record<string, Attribute> {
  const out: Record<string, Attribute> = {};
  for (const [name, a] of Object.entries(attributes)) {
    const { required: _r, optional: _o, default: _d, planModifiers: _p, validators: _v, ...rest } = a as Attribute & Record<string, unknown>;
    void _r, _o, _d, _p, _v;
    let next = { ...rest, computed: true } as Attribute;
    if ("attributes" in a && a.attributes) next = { ...next, attributes: computedOnly(a.attributes) } as Attribute;
    out[name] = next;
  }
  return out;
}
