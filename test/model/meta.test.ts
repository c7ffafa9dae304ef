import { z } from "zod";
import {
  FLOW_DEFAULTS,
  FLOW_SECTION_DEFAULTS,
  PROJECT_DEFAULTS,
  V3_BRANDING_DEFAULTS,
  fieldAt,
  fieldDefaults,
  fieldDoc,
  fieldEnum,
  fieldMeta,
  fieldRange,
  flowConfigInput,
  hasDefault,
  isOptionalField,
  livenessInput,
  objectFields,
  projectCreateInput,
  walkFields,
} from "../../src/model";

describe("field metadata", () => {
  test("reads description, default, recommended value and weaker direction through the field's wrappers", () => {
    expect(fieldMeta(livenessInput.shape.minScore)).toEqual({
      description: "Minimum liveness score, from 0.52 to 0.9.",
      default: 0.65,
      recommended: 0.65,
      weaker: "decrease",
    });
    expect(fieldMeta(fieldAt(projectCreateInput, ["allowedCountries"])!).weaker).toBe("add");
    expect(fieldMeta(fieldAt(flowConfigInput, ["documents", "attemptLimit"])!).weaker).toBe("increase");
    expect(fieldMeta(fieldAt(flowConfigInput, ["documents", "screening"])!).weaker).toBe("disable");
    expect(fieldMeta(fieldAt(flowConfigInput, ["documents", "verificationMethods"])!).weaker).toBe("remove");
  });

  test("ranges are the field's own bounds, visible to readers and to JSON Schema", () => {
    expect(fieldRange(livenessInput.shape.minScore)).toEqual({ min: 0.52, max: 0.9 });
    expect(fieldRange(fieldAt(flowConfigInput, ["liveness", "attemptLimit"])!)).toEqual({ min: 1, max: 5, int: true });
    expect(fieldRange(fieldAt(projectCreateInput, ["name"])!)).toEqual({ max: 60 });
    const json = z.toJSONSchema(livenessInput, { unrepresentable: "any" }) as { properties: Record<string, object> };
    expect(json.properties.searchMinScore).toEqual(
      expect.objectContaining({ default: 0.8, anyOf: [{ type: "number", minimum: 0.7, maximum: 0.95 }, { type: "null" }] }),
    );
  });

  test("enums, optionality and defaults", () => {
    expect(fieldEnum(fieldAt(flowConfigInput, ["liveness", "searchMode"])!)).toEqual(["FAST", "ACCURATE"]);
    expect(fieldEnum(fieldAt(flowConfigInput, ["documents", "verificationMethods"])!)).toContain("upload");
    expect(fieldEnum(fieldAt(projectCreateInput, ["name"])!)).toBeUndefined();
    expect(isOptionalField(fieldAt(projectCreateInput, ["name"])!)).toBe(false);
    expect(isOptionalField(fieldAt(projectCreateInput, ["target"])!)).toBe(true);
    expect(hasDefault(fieldAt(flowConfigInput, ["integrations", "webhook"])!)).toBe(true);
    expect(hasDefault(fieldAt(flowConfigInput, ["signUpForm", "countryCode"])!)).toBe(false);
  });

  test("fieldAt steps through lists and through the object member of a union", () => {
    expect(fieldMeta(fieldAt(flowConfigInput, ["documents", "documentTypes", "configurations", "documentTemplates", "promptTemplate"])!).description).toBe(
      "Id of an approved prompt template.",
    );
    expect(Object.keys(objectFields(fieldAt(flowConfigInput, ["signUpForm", "additionalFields"])!)!)).toEqual(["name", "label", "type", "required"]);
    expect(fieldAt(flowConfigInput, ["liveness", "nope"])).toBeUndefined();
  });

  test("walkFields visits every nested field with its path", () => {
    const paths: string[] = [];
    walkFields(flowConfigInput, (p, _s, meta) => meta.weaker && paths.push(p.join(".")));
    expect(paths).toEqual(
      expect.arrayContaining(["liveness.minScore", "liveness.searchMinScore", "liveness.attemptLimit", "documents.attemptLimit", "steps.document", "documents.documentTypes.configurations.active"]),
    );
  });

  test("a description shows the default once, marked when it is the recommended value", () => {
    expect(fieldDoc(livenessInput.shape.minScore)).toBe("Minimum liveness score, from 0.52 to 0.9. Default `0.65` (recommended).");
    expect(fieldDoc(fieldAt(flowConfigInput, ["integrations", "redirectUrl"])!)).toBe('Where enrollees go after onboarding: an http(s) URL. Required to activate. Default `""`.');
    expect(fieldDoc(fieldAt(flowConfigInput, ["signUpForm", "countryCode"])!)).toBe("Default phone country code, e.g. `US`. Optional; no default.");
    const text: string[] = [];
    walkFields(flowConfigInput, (_p, s) => text.push(fieldMeta(s).description ?? ""));
    expect(text.filter((t) => /Default /.test(t) && !/no default/.test(t))).toEqual([]);
  });
});

describe("server defaults come from the model", () => {
  test("flow sections", () => {
    expect(FLOW_SECTION_DEFAULTS).toEqual({
      signUpForm: {
        fullName: true, fullNameStyle: "separate", email: false, emailGateway: "none", phone: false, phoneGateway: "sms",
        showTermsAndConditions: false, showPrivacyNotice: false, allowAdditionalFields: false, additionalFields: [],
      },
      documents: { attemptLimit: 3, criminalHistoryVerification: false, informationVerification: false, screening: false, verificationMethods: [], documentTypes: [] },
      liveness: { attemptLimit: 3, minScore: 0.65, searchMinScore: 0.8, searchMode: "FAST" },
      steps: { document: "skip", liveness: "skip" },
      integrations: { redirectUrl: "", webhook: null, source: "NONE", strategy: "none", apiUrl: "", apiTestType: "email", apiTestValue: "" },
    });
    expect(FLOW_DEFAULTS).toEqual({ target: "personal", type: "onboarding", status: "draft", version: 3 });
  });

  test("project and branding", () => {
    expect(PROJECT_DEFAULTS).toEqual({
      status: "draft", target: "personal", defaultLanguage: "en", identifier: null, currentStep: 0, lastStep: 0, demoMode: false, demoOTP: null,
    });
    expect(V3_BRANDING_DEFAULTS).toEqual({
      backgroundColor: "#01236D", buttonColor: "#B2BDD3", buttonTextColor: "#FFFFFF", textColor: "#8091B6", titleColor: "#000000",
      logo: null, image: null, imageBackgroundColor: "white", backgroundImage: null, backgroundImageColor: "",
    });
  });

  test("each call returns fresh copies, so a caller cannot change the model's defaults", () => {
    const a = fieldDefaults(livenessInput);
    a.attemptLimit = 9;
    expect(fieldDefaults(livenessInput).attemptLimit).toBe(3);
  });
});
