import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { FLOW_SECTION_DEFAULTS, V3_BRANDING_DEFAULTS } from "../../src/model";

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
