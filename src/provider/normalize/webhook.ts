import type { Webhook } from "../../client";
import { ObjectValue, valuesEqual } from "../../plugin";
import { webhookSchema } from "../schemas/webhook";
import { fromApi, toApi } from "./convert";

const attributes = () => webhookSchema().attributes;

/** The state of `smartenroll_webhook` from an API webhook; `prior` keeps `""` vs null of optional strings stable. */
export function webhookState(w: Webhook, prior?: ObjectValue): ObjectValue {
  const s = fromApi(attributes(), w, prior);
  s.id = w._id;
  return s;
}

function withoutNulls(v: unknown): unknown {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return v;
  return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null).map(([k, x]) => [k, withoutNulls(x)]));
}

/** W1 body: the planned fields, unset ones left for the API's defaults. Never carries `link` (the flow owns the link). */
export function webhookCreateBody(plan: ObjectValue): Record<string, unknown> {
  return withoutNulls(toApi(attributes(), plan)) as Record<string, unknown>;
}

/** W4 body: only the fields whose planned value differs from the prior state (null clears); undefined when none. */
export function webhookUpdateBody(plan: ObjectValue, prior: ObjectValue): Record<string, unknown> | undefined {
  const attrs = attributes();
  const changed = Object.fromEntries(Object.entries(attrs).filter(([name]) => name !== "id" && !valuesEqual(plan[name] ?? null, prior[name] ?? null)));
  const body = toApi(changed, plan);
  return Object.keys(body).length ? body : undefined;
}
