import { z } from "zod";
import { ACCEPTED_COUNTRIES_TEXT } from "./countries";
import { brandingInput } from "./branding";
import { DEFAULT_TARGET } from "./contract";
import * as E from "./enums";
import { fieldMeta } from "./meta";
import { projectFlowCreateInput, flowConfigInput } from "./flow";
import { between, country, email, httpUrl, nonEmpty, nonEmptyMax, postalCode } from "./primitives";

const list = (items: readonly string[]) => items.map((v) => `\`${v}\``).join(", ");
const NAME_MAX = E.RANGES.nameMaxLength;
const STEP = E.RANGES.step;

/** Project name: non-empty, at most 60 characters, unique per user. */
export const projectName = () => nonEmptyMax(NAME_MAX);

const dataProtectionShape = {
  name: nonEmpty().meta({ description: "Name of the Data Protection Officer or legal representative. Required." }),
  email: email().meta({ description: "Email of the Data Protection Officer. Required, a valid email address." }),
  address: nonEmpty().meta({ description: "Postal address, first line. Required." }),
  address2: z.string().nullish().meta({ description: "Postal address, second line. Optional.", default: "" }),
  city: nonEmpty().meta({ description: "City. Required." }),
  country: nonEmpty().meta({ description: "Country of the address, e.g. `United States`. Required." }),
  postalCode: postalCode().meta({ description: "Postal code: 3 to 12 letters, digits, spaces or hyphens. Required." }),
};

/** Data protection (GDPR) contact, required on create. */
export const dataProtectionInput = z.object(dataProtectionShape).meta({ description: "Data protection contact required by privacy regulations (GDPR)." });

/** Partial data protection for updates: keys are merged into the stored object; null on `address2` clears it. */
export const dataProtectionPatch = z.object(dataProtectionShape).partial().meta({ description: fieldMeta(dataProtectionInput).description });

const projectFields = {
  name: projectName().meta({ description: `Project name, 1 to ${NAME_MAX} characters, unique among your projects. Required.` }),
  allowedCountries: z
    .array(country())
    .min(1, { error: "must be a list with at least one country" })
    .meta({
      description: `Countries where users can onboard: supported country names (e.g. \`United States\`) or \`All\`. Required, at least one. Replaced as a whole on update. Accepted: ${ACCEPTED_COUNTRIES_TEXT}.`,
      weaker: "add",
    }),
  contactEmail: email().meta({ description: "Email for project-related communications. Required, a valid email address." }),
  privacyUrl: httpUrl().meta({ description: "URL of your privacy policy. Required, an http(s) URL." }),
  termsAndConditionsUrl: httpUrl().meta({ description: "URL of your terms and conditions. Required, an http(s) URL." }),
  dataProtection: dataProtectionInput,
  target: z.enum(E.TARGETS).nullish().meta({ description: `Who the project onboards: ${list(E.TARGETS)}. Cannot be changed after create.`, default: DEFAULT_TARGET }),
  defaultLanguage: z
    .string()
    .refine((v) => /^[a-z]{2}(-[A-Za-z]{2})?$/.test(v), { params: { status: 409, expect: "a language code such as `en` or `es`" } })
    .nullish()
    .meta({ description: "Language of the enrollee UI and OTP emails, e.g. `en` or `es`.", default: "en" }),
  identifier: z.string().nullish().meta({ description: "Optional slug identifying the project.", default: null }),
  status: z.enum(E.PROJECT_STATUSES).nullish().meta({ description: `Lifecycle status: ${list(E.PROJECT_STATUSES)}. \`active\` needs a complete flow with a redirect URL.`, default: "draft" }),
  currentStep: between(STEP.min, STEP.max, { int: true }).nullish().meta({ description: `Wizard progress, an integer from ${STEP.min} to ${STEP.max}.`, default: 0 }),
  lastStep: between(STEP.min, STEP.max, { int: true }).nullish().meta({ description: `Last wizard step reached, an integer from ${STEP.min} to ${STEP.max}.`, default: 0 }),
  demoMode: z.boolean().nullish().meta({ description: "Demo mode: enrollees use a fixed OTP.", default: false }),
  demoOTP: z
    .string()
    .refine((v) => /^\d{6}$/.test(v), { params: { status: 422, expect: "6 digits" } })
    .nullish()
    .meta({ description: "Fixed OTP for demo mode, 6 digits; generated when demo mode is on and none is given. Sensitive.", default: null }),
  branding: brandingInput.nullish(),
  projectFlowType: z.enum(E.FLOW_TYPES).nullish().meta({ description: `Type of the embedded \`projectFlow\`: ${list(E.FLOW_TYPES)}. Required when \`projectFlow\` is sent on create.` }),
};

/** `POST /v3/projects` body (P1). Unknown keys are ignored. */
export const projectCreateInput = z
  .object({ ...projectFields, projectFlow: projectFlowCreateInput.nullish() })
  .meta({ description: "A SmartEnroll KYC project (wizard step 1), optionally with its flow." });
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
  .meta({ description: "A partial update of a project." });
export type ProjectUpdateInput = z.infer<typeof projectUpdateInput>;
