import { Token } from "cdktf";
import { z } from "zod";
import { brandingInput, closest, flowConfigInput, projectCreateInput } from "../model";
import type { KycProjectProps } from "./kyc-project-props";
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

/**
 * Every top-level prop of KycProject with the model schema its value follows (`{}`: a value without keys of its
 * own). Typed as a record of exactly the props' keys, so a prop added to KycProjectProps must be added here.
 */
function kycProjectKeys(): KeyNode {
  const project = jsonSchema(projectCreateInput).properties!;
  const flow = jsonSchema(flowConfigInput).properties!;
  const props: Record<keyof KycProjectProps, KeyNode> = {
    name: {},
    allowedCountries: {},
    contactEmail: {},
    privacyUrl: {},
    termsAndConditionsUrl: {},
    dataProtection: project.dataProtection,
    target: {},
    defaultLanguage: {},
    signUpForm: flow.signUpForm,
    steps: flow.steps,
    documents: flow.documents,
    liveness: flow.liveness,
    integrations: flow.integrations,
    branding: jsonSchema(brandingInput),
    webhook: { properties: { url: {}, name: {}, description: {}, notifyOn: {}, notificationEmail: {} } },
    status: {},
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
