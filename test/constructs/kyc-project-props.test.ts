import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { z } from "zod";
import {
  FLOW_SECTION_DEFAULTS,
  V3_BRANDING_DEFAULTS,
  brandingV3Shape,
  dataProtectionInput,
  documentConfigurationInput,
  documentTemplateInput,
  documentTypeInput,
  documentsInput,
  fieldAt,
  fieldMeta,
  fieldRange,
  flowConfigInput,
  hasDefault,
  integrationsInput,
  livenessInput,
  objectFields,
  projectCreateInput,
  signUpFormInput,
  stepsInput,
} from "../../src/model";

interface PropDoc {
  iface: string;
  key: string;
  optional: boolean;
  text: string;
  /** The `@default` tag's text, if any. */
  default?: string;
}

/** Every property of every interface in kyc-project-props.ts, with its doc comment and `@default`. */
function propDocs(): PropDoc[] {
  const file = path.join(__dirname, "../../src/constructs/kyc-project-props.ts");
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const out: PropDoc[] = [];
  source.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node)) return;
    for (const member of node.members) {
      if (!ts.isPropertySignature(member)) continue;
      const doc = ts.getJSDocCommentsAndTags(member).filter(ts.isJSDoc)[0];
      const text = typeof doc?.comment === "string" ? doc.comment : "";
      const tag = ts.getJSDocTags(member).find((t) => t.tagName.text === "default");
      const def = typeof tag?.comment === "string" ? tag.comment.trim() : undefined;
      out.push({ iface: node.name.text, key: (member.name as ts.Identifier).text, optional: !!member.questionToken, text, default: def });
    }
  });
  return out;
}

/** The model schema each props interface follows. KycProjectProps spans the project and its flow. */
const MODELS: Record<string, z.ZodType[]> = {
  // `webhook` is made of the webhook model's fields and validated in src/constructs/kyc-webhook.ts
  KycProjectProps: [projectCreateInput, flowConfigInput, z.object({ webhook: z.unknown().optional() })],
  DataProtection: [dataProtectionInput],
  SignUpForm: [signUpFormInput],
  AdditionalField: [fieldAt(signUpFormInput, ["additionalFields"])!],
  Steps: [stepsInput],
  DocumentConfiguration: [documentConfigurationInput],
  DocumentTemplate: [documentTemplateInput],
  DocumentType: [documentTypeInput],
  Documents: [documentsInput],
  Liveness: [livenessInput],
  Integrations: [integrationsInput],
  Branding: [z.object(brandingV3Shape)],
};

/** Defaults the construct itself applies, which the API does not have. */
const CONSTRUCT_DEFAULTS = new Set(["DocumentConfiguration.active", "AdditionalField.required"]);

const modelField = (iface: string, key: string) => MODELS[iface]?.map((m) => objectFields(m)?.[key]).find(Boolean);

describe("KycProjectProps agree with the model", () => {
  const docs = propDocs();

  test("every props interface is checked against a model schema", () => {
    expect([...new Set(docs.map((d) => d.iface))].sort()).toEqual(Object.keys(MODELS).sort());
  });

  test("every prop is a field of the model, optional exactly when the model's field is", () => {
    const wrong = docs.filter((d) => !modelField(d.iface, d.key)).map((d) => `${d.iface}.${d.key}`);
    expect(wrong).toEqual([]);
    const required = docs.filter((d) => !d.optional).map((d) => `${d.iface}.${d.key}`);
    const modelRequired = docs.filter((d) => modelField(d.iface, d.key)!.safeParse(undefined).success === false).map((d) => `${d.iface}.${d.key}`);
    expect(required.filter((k) => !CONSTRUCT_DEFAULTS.has(k))).toEqual(modelRequired.filter((k) => !CONSTRUCT_DEFAULTS.has(k)));
  });

  test("every optional prop with a server default documents it; literal defaults are the model's", () => {
    expect(docs.filter((d) => d.default === undefined && hasDefault(modelField(d.iface, d.key)!)).map((d) => `${d.iface}.${d.key}`)).toEqual([]);
    for (const d of docs) {
      if (d.default === undefined || d.default.startsWith("-") || CONSTRUCT_DEFAULTS.has(`${d.iface}.${d.key}`)) continue;
      const meta = fieldMeta(modelField(d.iface, d.key)!);
      expect({ [`${d.iface}.${d.key}`]: JSON.parse(d.default) }).toEqual({ [`${d.iface}.${d.key}`]: meta.default });
    }
  });

  test("ranges in the docs are the model's bounds, and every bounded number documents its range", () => {
    for (const d of docs) {
      const range = fieldRange(modelField(d.iface, d.key)!);
      const numeric = /from (\d+(?:\.\d+)?) to (\d+(?:\.\d+)?)/.exec(d.text);
      const length = /(\d+) to (\d+) characters/.exec(d.text);
      const id = `${d.iface}.${d.key}`;
      if (numeric) expect({ [id]: [Number(numeric[1]), Number(numeric[2])] }).toEqual({ [id]: [range.min, range.max] });
      else if (length) expect({ [id]: Number(length[2]) }).toEqual({ [id]: range.max });
      else if (range.min !== undefined && range.max !== undefined) throw new Error(`${id} does not document its range ${range.min} to ${range.max}`);
    }
  });
});

/** `@default` literals of every property of every interface in kyc-project-props.ts, as `Interface.prop → value`. */
function documentedDefaults(): Map<string, unknown> {
  const file = path.join(__dirname, "../../src/constructs/kyc-project-props.ts");
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const out = new Map<string, unknown>();
  source.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node)) return;
    for (const member of node.members) {
      const tag = ts.getJSDocTags(member).find((t) => t.tagName.text === "default");
      const text = typeof tag?.comment === "string" ? tag.comment.trim() : undefined;
      if (text === undefined || text.startsWith("-")) continue;
      out.set(`${node.name.text}.${(member.name as ts.Identifier).text}`, JSON.parse(text));
    }
  });
  return out;
}

const SECTIONS: [string, Record<string, unknown>][] = [
  ["SignUpForm", FLOW_SECTION_DEFAULTS.signUpForm],
  ["Documents", FLOW_SECTION_DEFAULTS.documents],
  ["Liveness", FLOW_SECTION_DEFAULTS.liveness],
  ["Integrations", FLOW_SECTION_DEFAULTS.integrations],
  ["Branding", V3_BRANDING_DEFAULTS],
];

describe("KycProjectProps documentation", () => {
  const documented = documentedDefaults();

  test.each(SECTIONS)("every literal @default of %s is the model's default", (iface, defaults) => {
    const mine = [...documented].filter(([k]) => k.startsWith(`${iface}.`));
    expect(mine.length).toBeGreaterThan(0);
    for (const [key, value] of mine) expect({ [key]: value }).toEqual({ [key]: defaults[key.slice(iface.length + 1)] });
  });
});
