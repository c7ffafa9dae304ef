import { z } from "zod";
import { ACCEPTED_COUNTRIES_TEXT } from "./countries";
import { brandingInput } from "./branding";
import * as E from "./enums";
import { projectFlowCreateInput, flowConfigInput } from "./flow";
import { between, country, email, httpUrl, maxLength, nonEmpty, postalCode } from "./primitives";

const list = (items: readonly string[]) => items.map((v) => `\`${v}\``).join(", ");
const NAME_MAX = E.RANGES.nameMaxLength;

/** Project name: non-empty, at most 60 characters, unique per user. */
export const projectName = () => nonEmpty().pipe(maxLength(NAME_MAX));

const dataProtectionShape = {
  name: nonEmpty().describe("Name of the Data Protection Officer or legal representative. Required."),
  email: email().describe("Email of the Data Protection Officer. Required, a valid email address."),
  address: nonEmpty().describe("Postal address, first line. Required."),
  address2: z.string().nullish().describe('Postal address, second line. Optional; the server returns `""` when unset.'),
  city: nonEmpty().describe("City. Required."),
  country: nonEmpty().describe("Country of the address, e.g. `United States`. Required."),
  postalCode: postalCode().describe("Postal code: 3 to 12 letters, digits, spaces or hyphens. Required."),
};

/** Data protection (GDPR) contact, required on create. */
export const dataProtectionInput = z.object(dataProtectionShape).describe("Data protection contact required by privacy regulations (GDPR).");

/** Partial data protection for updates: keys are merged into the stored object; null on `address2` clears it. */
export const dataProtectionPatch = z.object(dataProtectionShape).partial().describe(dataProtectionInput.description ?? "");

const projectFields = {
  name: projectName().describe(`Project name, 1 to ${NAME_MAX} characters, unique among your projects. Required.`),
  allowedCountries: z
    .array(country())
    .refine((a) => a.length > 0, { params: { status: 422, expect: "a list with at least one country" } })
    .describe(`Countries where users can onboard: supported country names (e.g. \`United States\`) or \`All\`. Required, at least one. Replaced as a whole on update. Accepted: ${ACCEPTED_COUNTRIES_TEXT}.`),
  contactEmail: email().describe("Email for project-related communications. Required, a valid email address."),
  privacyUrl: httpUrl().describe("URL of your privacy policy. Required, an http(s) URL."),
  termsAndConditionsUrl: httpUrl().describe("URL of your terms and conditions. Required, an http(s) URL."),
  dataProtection: dataProtectionInput,
  target: z.enum(E.TARGETS).nullish().describe(`Who the project onboards: ${list(E.TARGETS)}. Default \`personal\`; cannot be changed after create.`),
  defaultLanguage: z
    .string()
    .refine((v) => /^[a-z]{2}(-[A-Za-z]{2})?$/.test(v), { params: { status: 409, expect: "a language code such as `en` or `es`" } })
    .nullish()
    .describe("Language of the enrollee UI and OTP emails, e.g. `en` or `es`. Default `en`."),
  identifier: z.string().nullish().describe("Optional slug identifying the project. Default null."),
  status: z.enum(E.PROJECT_STATUSES).nullish().describe(`Lifecycle status: ${list(E.PROJECT_STATUSES)}. Default \`draft\`; \`active\` needs a complete flow with a redirect URL.`),
  currentStep: between(0, 6, { int: true }).nullish().describe("Wizard progress, an integer from 0 to 6. Default 0."),
  lastStep: between(0, 6, { int: true }).nullish().describe("Last wizard step reached, an integer from 0 to 6. Default 0."),
  demoMode: z.boolean().nullish().describe("Demo mode: enrollees use a fixed OTP. Default `false`."),
  demoOTP: z
    .string()
    .refine((v) => /^\d{6}$/.test(v), { params: { status: 422, expect: "6 digits" } })
    .nullish()
    .describe("Fixed OTP for demo mode, 6 digits; generated when demo mode is on and none is given. Sensitive."),
  branding: brandingInput.nullish(),
  projectFlowType: z.enum(E.FLOW_TYPES).nullish().describe(`Type of the embedded \`projectFlow\`: ${list(E.FLOW_TYPES)}. Required when \`projectFlow\` is sent on create.`),
};

/** `POST /v3/projects` body (P1). Unknown keys are ignored. */
export const projectCreateInput = z
  .object({ ...projectFields, projectFlow: projectFlowCreateInput.nullish() })
  .describe("A SmartEnroll KYC project (wizard step 1), optionally with its flow.");
export type ProjectCreateInput = z.infer<typeof projectCreateInput>;

/** `PUT /v3/projects/{id}` body (P4): every field optional; objects merge, arrays replace, null clears. */
export const projectUpdateInput = z
  .object({
    ...projectFields,
    name: projectFields.name.optional(),
    allowedCountries: projectFields.allowedCountries.optional(),
    contactEmail: projectFields.contactEmail.optional(),
    privacyUrl: projectFields.privacyUrl.optional(),
    termsAndConditionsUrl: projectFields.termsAndConditionsUrl.optional(),
    dataProtection: dataProtectionPatch.optional(),
    projectFlow: flowConfigInput.nullish(),
  })
  .describe("A partial update of a project.");
export type ProjectUpdateInput = z.infer<typeof projectUpdateInput>;
