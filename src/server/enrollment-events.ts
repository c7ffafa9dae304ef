import type { FlowDoc } from "./flow-doc";
import { newObjectId } from "./ids";

/** Outcomes a simulated enrollment can end with (the four final `app_registration_*` events of §10). */
export const ENROLLMENT_OUTCOMES = ["completed", "failed", "needs_manual_verification", "completed_without_kyc"] as const;
export type EnrollmentOutcome = (typeof ENROLLMENT_OUTCOMES)[number];

/** One delivery: `{type: "<flowType>_<suffix>", object}` as the smart-enroll-kyc-webhooks page describes. */
export interface EnrollmentEvent {
  type: string;
  object: Record<string, unknown>;
}

const r2 = (n: number) => Math.round(Math.max(0, n) * 100) / 100;
const on = (step: unknown) => step === "mandatory" || step === "optional";

/**
 * The event suffixes of one enrollment, in §10's order, for the steps `flow` enables:
 * registration and sign-up sync, email then phone OTP (when the form asks for them), instructions sync,
 * document validation, liveness, face compare (both steps), then the outcome. `completed_without_kyc`
 * skips document and liveness events.
 */
export function enrollmentSuffixes(flow: FlowDoc, outcome: EnrollmentOutcome): string[] {
  const form = flow.signUpForm as { email?: boolean; phone?: boolean };
  const kyc = outcome !== "completed_without_kyc";
  const doc = kyc && on(flow.steps.document);
  const live = kyc && on(flow.steps.liveness);
  const failed = outcome === "failed";
  const out = ["app_registration_created", "app_registration_sync_sign_up_form"];
  if (form.email) out.push("email_validation_created", "email_validation_validated");
  if (form.phone) out.push("phone_validation_created", "phone_validation_validated");
  out.push("app_registration_sync_instructions");
  if (doc) out.push("document_validation_created", failed && !live ? "document_validation_data_source_error" : "document_validation_source_lookup");
  if (live && failed) out.push("biometric_validation_liveness_failed", "biometrics_liveness_score_not_acceptable");
  if (live && !failed) out.push("biometric_validation_validated");
  if (doc && live && !failed) out.push("face_verification_compare");
  if (doc && outcome === "needs_manual_verification") out.push("document_validation_manual_verification_required");
  out.push(`app_registration_${outcome}`);
  return out;
}

/** What a simulated enrollment is about. */
export interface EnrollmentSubject {
  client: string;
  flow: FlowDoc;
  webhookUrl: string;
  outcome: EnrollmentOutcome;
  now: Date;
}

const ENROLLEE = { fullName: "Jane Doe", email: "jane.doe@example.com", countryCode: "+1", phone: "5555550123" };

function registrationStatus(suffix: string, outcome: EnrollmentOutcome): string {
  if (suffix === "app_registration_created") return "new";
  return suffix.startsWith("app_registration_sync_") ? "ongoing" : outcome;
}

/** The events of one enrollment with their objects (ids, statuses, scores; never an OTP value). */
export function enrollmentEvents(s: EnrollmentSubject): EnrollmentEvent[] {
  const f = s.flow;
  const at = s.now.toISOString();
  const ids = { registration: newObjectId(), email: newObjectId(), phone: newObjectId(), document: newObjectId(), biometric: newObjectId(), compare: newObjectId() };
  const base = { client: s.client, project: f.project, projectFlow: f._id, appRegistration: ids.registration, createdAt: at, updatedAt: at };
  const liveness = f.liveness as { minScore?: number; searchMinScore?: number };
  const documents = f.documents as { verificationMethods?: string[]; documentTypes?: { country?: string; configurations?: { active?: boolean; documentCategory?: string }[] }[] };
  const docType = documents.documentTypes?.[0];
  const failed = s.outcome === "failed";
  const object = (suffix: string): Record<string, unknown> => {
    if (suffix.startsWith("app_registration_")) {
      const { appRegistration: _r, ...rest } = base;
      const reg: Record<string, unknown> = { _id: ids.registration, ...rest, status: registrationStatus(suffix, s.outcome), fullName: ENROLLEE.fullName };
      if (suffix !== "app_registration_created") reg.webhook = s.webhookUrl;
      return reg;
    }
    if (suffix.startsWith("email_validation_"))
      return { _id: ids.email, ...base, status: suffix.endsWith("validated") ? "validated" : "sent", validationMethod: "verificationCode", email: ENROLLEE.email, type: f.type };
    if (suffix.startsWith("phone_validation_"))
      return { _id: ids.phone, ...base, status: suffix.endsWith("validated") ? "validated" : "sent", countryCode: ENROLLEE.countryCode, phone: ENROLLEE.phone, type: f.type };
    if (suffix.startsWith("document_validation_")) {
      const category = docType?.configurations?.find((c) => c.active)?.documentCategory ?? "government_id";
      const status = suffix.endsWith("manual_verification_required") ? "needs_manual_verification" : suffix.endsWith("error") ? "failed" : "validated";
      return { _id: ids.document, ...base, status, country: docType?.country ?? "", documentCategory: category, verificationMethod: documents.verificationMethods?.[0] ?? "" };
    }
    if (suffix === "face_verification_compare") {
      const min = liveness.searchMinScore ?? 0.8;
      const match = s.outcome !== "needs_manual_verification";
      return { _id: ids.compare, ...base, compareResult: { score: match ? 0.97 : r2(min - 0.1), minScore: min, match } };
    }
    const min = liveness.minScore ?? 0.65;
    return { _id: ids.biometric, ...base, status: failed ? "failed" : "validated", liveness: { score: failed ? r2(min - 0.2) : 0.95, minScore: min } };
  };
  return enrollmentSuffixes(f, s.outcome).map((suffix) => ({ type: `${f.type}_${suffix}`, object: object(suffix) }));
}
