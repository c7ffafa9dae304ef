import { Token } from "cdktf";
import { z } from "zod";
import { brandingInput, closest, flowConfigInput, projectCreateInput } from "../model";
import { KYC_PROJECT_FLOW_PROPS, KYC_PROJECT_RESOURCE_PROPS } from "../../lib/constructs/kyc-project-props";
import type { KycProjectModelProps, KycProjectProps } from "./kyc-project-props";
import type { KycWebhook } from "./kyc-webhook";
import { propPath } from "./prop-path";

/** The part of a JSON Schema (from zod's `toJSONSchema`) that says which keys an object takes. */
interface KeyNode {
  properties?: Record<string, KeyNode>;
  additionalProperties?: unknown;
  items?: KeyNode;
  anyOf?: KeyNode[];
}

const jsonSchema = (s: z.ZodType) => z.toJSONSchema(s, { io: "input", unrepresentable: "any" }) as KeyNode;

let tree: KeyNode | undefined;

/** The construct's own props (not settings of the model), with the keys their values take. */
const OWN_PROPS = (): Record<Exclude<keyof KycProjectProps, keyof KycProjectModelProps>, KeyNode> => ({
  branding: jsonSchema(brandingInput),
  webhook: { properties: { url: {}, name: {}, description: {}, notifyOn: {}, notificationEmail: {} } satisfies Record<keyof KycWebhook, KeyNode> },
  status: {},
});

/**
 * Every top-level prop of KycProject with the model schema its value follows: the generated lists of the project's
 * settings and the flow's sections, then the construct's own props.
 */
function kycProjectKeys(): KeyNode {
  const project = jsonSchema(projectCreateInput).properties!;
  const flow = jsonSchema(flowConfigInput).properties!;
  const props: Record<keyof KycProjectProps, KeyNode> = {
    ...(Object.fromEntries(KYC_PROJECT_RESOURCE_PROPS.map((k) => [k, project[k]])) as Record<(typeof KYC_PROJECT_RESOURCE_PROPS)[number], KeyNode>),
    ...(Object.fromEntries(KYC_PROJECT_FLOW_PROPS.map((k) => [k, flow[k]])) as Record<(typeof KYC_PROJECT_FLOW_PROPS)[number], KeyNode>),
    ...OWN_PROPS(),
  };
  return { properties: props };
}

const objectVariant = (n: KeyNode): KeyNode | undefined => (n.properties ? n : n.anyOf?.find((v) => v.properties));
const itemsOf = (n: KeyNode): KeyNode | undefined => n.items ?? n.anyOf?.find((v) => v.items)?.items;
const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && [Object.prototype, null].includes(Object.getPrototypeOf(v));

function walk(value: unknown, node: KeyNode, path: (string | number)[], out: string[]): void {
  if (value === undefined || value === null || Token.isUnresolved(value)) return;
  if (Array.isArray(value)) {
    const items = itemsOf(node);
    if (items) value.forEach((v, i) => walk(v, items, [...path, i], out));
    return;
  }
  const obj = isPlain(value) ? objectVariant(node) : undefined;
  if (!obj?.properties) return;
  const known = Object.keys(obj.properties);
  const loose = obj.additionalProperties !== undefined && obj.additionalProperties !== false;
  for (const [key, v] of Object.entries(value)) {
    const child = obj.properties[key];
    if (child) walk(v, child, [...path, key], out);
    else if (!loose) {
      const near = closest(key, known);
      const hint = near ? `; did you mean ${propPath([...path, near])}?` : "";
      out.push(`${propPath([...path, key])} is not a known prop${hint} (known here: ${known.join(", ")})`);
    }
  }
}

/**
 * Props with keys KycProject does not know (e.g. a typo such as `liveness.minScor`), which TypeScript catches only
 * when the app is type-checked: one message per key, naming its prop path. Keys come from the zod model.
 */
export function unknownKycProjectProps(props: KycProjectProps): string[] {
  const out: string[] = [];
  walk(props, (tree ??= kycProjectKeys()), [], out);
  return out;
}
