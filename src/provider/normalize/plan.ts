import { Attribute, isObjectValue, isUnknown, ObjectValue, unknown, Value } from "../../plugin";

type Attrs = Readonly<Record<string, Attribute>>;

/**
 * Plans optional+computed attributes the way architecture.md asks: a value the configuration sets is
 * planned as set; one it leaves null keeps the prior state's value (the API keeps it on a partial
 * update), or is unknown on create. Nested objects and list elements (matched by index) are planned
 * attribute by attribute. Attributes with a default, and computed-only ones, keep the framework's plan.
 * `prior` is undefined on create.
 */
export function planFromConfig(attributes: Attrs, config: ObjectValue, plan: ObjectValue, prior: ObjectValue | undefined): ObjectValue {
  const out: ObjectValue = { ...plan };
  for (const [name, a] of Object.entries(attributes)) {
    out[name] = planAttribute(a, config[name] ?? null, plan[name] ?? null, prior === undefined ? undefined : (prior[name] ?? null));
  }
  return out;
}

function planAttribute(a: Attribute, cfg: Value, planned: Value, prior: Value | undefined): Value {
  if (a.computed && !a.optional && !a.required) return planned;
  if (isUnknown(cfg)) return cfg;
  if (cfg === null) {
    if (!a.computed || a.default) return planned;
    return prior === undefined ? unknown : prior;
  }
  switch (a.kind) {
    case "single_nested":
      return isObjectValue(cfg) ? planFromConfig(a.attributes, cfg, isObjectValue(planned) ? planned : cfg, nestedPrior(prior)) : cfg;
    case "list_nested":
    case "set_nested": {
      if (!Array.isArray(cfg)) return cfg;
      const priorList = Array.isArray(prior) ? prior : undefined;
      const plannedList = Array.isArray(planned) ? planned : cfg;
      return cfg.map((el, i) =>
        isObjectValue(el) ? planFromConfig(a.attributes, el, isObjectValue(plannedList[i]) ? (plannedList[i] as ObjectValue) : el, nestedPrior(priorList?.[i])) : el,
      );
    }
    default:
      return cfg;
  }
}

function nestedPrior(prior: Value | undefined): ObjectValue | undefined {
  return isObjectValue(prior) ? prior : undefined;
}
