import type { Attribute } from "../../plugin";
import type { ApiAttribute } from "./from-model";

type Attrs = Readonly<Record<string, Attribute>>;

/**
 * The same attributes as read-only (computed) ones, for data sources: no defaults, plan modifiers or validators,
 * and the model's own wording of each field (a data source plans nothing).
 */
export function computedOnly(attributes: Attrs): Record<string, Attribute> {
  const out: Record<string, Attribute> = {};
  for (const [name, a] of Object.entries(attributes)) {
    const { required: _r, optional: _o, default: _d, planModifiers: _p, validators: _v, ...rest } = a as Attribute & Record<string, unknown>;
    void _r, _o, _d, _p, _v;
    const description = (a as ApiAttribute).modelDescription ?? a.description;
    let next = { ...rest, description, computed: true } as Attribute;
    if ("attributes" in a && a.attributes) next = { ...next, attributes: computedOnly(a.attributes) } as Attribute;
    out[name] = next;
  }
  return out;
}
