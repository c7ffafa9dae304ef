import { activeDocumentCategories, belowRec, dotted, hostOf, valueAt, weaker, type FieldRule } from "./risk-judges";
import { settingsGiven, STEP_SECTIONS as STEP_SECTION_OF, stepOf, stepOfField, STEPS, unknownAt, type Step } from "./risk-steps";

/** How much a finding matters to a reviewer of identity verification. */
export type RiskLevel = "high" | "medium" | "low";
export const RISK_LEVELS: readonly RiskLevel[] = ["high", "medium", "low"];

/** The part of a KYC project a change is about, with values in the model's camelCase shape. */
export type RiskSection = "project" | "flow" | "branding" | "webhook";

/** One object's change: `before` null when it is created, `after` null when it is destroyed. */
export interface SectionChange {
  section: RiskSection;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** Which values of `after` are known only after apply (`true` at their path), as in a plan's `after_unknown`. */
  unknown?: Record<string, unknown> | null;
  /** The object is destroyed and created again (or, for drift, deleted outside Terraform when `after` is null). */
  replaced?: boolean;
}

/** A risk finding: the rule that fired, its level, and one line a reviewer can act on. */
export interface RiskFinding {
  level: RiskLevel;
  rule: string;
  reason: string;
  /** The field judged, in the seed's camelCase terms (e.g. `liveness.minScore`). */
  field?: string;
}

/** Every field rule of the review and drift reports. */
export const FIELD_RULES: readonly FieldRule[] = [
  weaker("liveness-min-score-lowered", "high", "flow", ["liveness", "minScore"], "more spoofed selfies pass the liveness check"),
  weaker("liveness-search-min-score-lowered", "high", "flow", ["liveness", "searchMinScore"], "weaker face-to-document matches are accepted"),
  belowRec("liveness-min-score-below-recommended", ["liveness", "minScore"]),
  belowRec("liveness-search-min-score-below-recommended", ["liveness", "searchMinScore"]),
  {
    id: "liveness-search-mode-fast",
    level: "medium",
    section: "flow",
    path: ["liveness", "searchMode"],
    judge: (b, a) => (b === "ACCURATE" && a === "FAST" ? 'liveness.searchMode "ACCURATE" → "FAST": face search trades precision for speed' : undefined),
  },
  weaker("document-step-weakened", "high", "flow", ["steps", "document"], "enrollees can finish without verifying a document"),
  weaker("liveness-step-weakened", "high", "flow", ["steps", "liveness"], "enrollees can finish without a liveness check"),
  weaker("screening-disabled", "high", "flow", ["documents", "screening"], "AML / database screening no longer runs"),
  weaker("information-verification-disabled", "high", "flow", ["documents", "informationVerification"], "document data is no longer checked against government sources"),
  weaker("criminal-history-verification-disabled", "high", "flow", ["documents", "criminalHistoryVerification"], "the criminal history check no longer runs"),
  weaker("document-attempt-limit-raised", "medium", "flow", ["documents", "attemptLimit"], "more tries per enrollee to pass document verification"),
  weaker("liveness-attempt-limit-raised", "medium", "flow", ["liveness", "attemptLimit"], "more tries per enrollee to pass the liveness check"),
  weaker("verification-methods-removed", "medium", "flow", ["documents", "verificationMethods"], "fewer ways documents are captured and checked"),
  {
    id: "document-categories-removed",
    level: "medium",
    section: "flow",
    path: ["documents", "documentTypes"],
    judge(b, a) {
      if (b == null) return undefined;
      const after = new Set(activeDocumentCategories(a));
      const gone = activeDocumentCategories(b).filter((x) => !after.has(x));
      return gone.length ? `documents.documentTypes no longer accepts ${gone.join(", ")}` : undefined;
    },
  },
  {
    id: "countries-opened-to-all",
    level: "high",
    section: "project",
    path: ["allowedCountries"],
    judge: (b, a) => (b != null && Array.isArray(a) && a.includes("All") && !(Array.isArray(b) && b.includes("All")) ? 'allowedCountries now includes "All": enrollees from every country' : undefined),
  },
  weaker("countries-added", "medium", "project", ["allowedCountries"], "enrollees from more countries"),
  {
    id: "blacklist-removed",
    level: "high",
    section: "flow",
    path: ["integrations"],
    judge(b, a) {
      const [bs, as] = [valueAt(b, ["source"]), valueAt(a, ["source"])];
      const [bt, at] = [valueAt(b, ["strategy"]), valueAt(a, ["strategy"])];
      if ((bs === "API" || bs === "CSV") && as === "NONE") return `integrations.source ${String(bs)} → NONE: the blacklist is no longer consulted`;
      if (bt === "blacklist" && at === "none") return 'integrations.strategy "blacklist" → "none": people on the blacklist can enroll';
      return undefined;
    },
  },
  {
    id: "redirect-host-changed",
    level: "high",
    section: "flow",
    path: ["integrations", "redirectUrl"],
    judge: (b, a) => (hostOf(b) && hostOf(b) !== hostOf(a) ? `integrations.redirectUrl moves to another host: ${hostOf(b)} → ${hostOf(a) ?? String(a)}` : undefined),
  },
  {
    id: "webhook-changed",
    level: "medium",
    section: "flow",
    path: ["integrations"],
    judge(b, a) {
      const key = (o: unknown) => valueAt(o, ["webhookId"]) ?? valueAt(o, ["webhook"]) ?? null;
      const [bw, aw] = [key(b), key(a)];
      return b != null && bw !== null && bw !== aw ? `integrations webhook ${String(bw)} → ${String(aw)}: onboarding events go to another webhook` : undefined;
    },
  },
  {
    id: "webhook-host-changed",
    level: "high",
    section: "webhook",
    path: ["url"],
    judge: (b, a) => (hostOf(b) && hostOf(b) !== hostOf(a) ? `webhook url moves to another host: ${hostOf(b)} → ${hostOf(a) ?? String(a)}` : undefined),
  },
  {
    id: "go-live",
    level: "medium",
    section: "flow",
    path: ["status"],
    judge: (b, a) => (a === "active" && b !== "active" ? `status ${b == null ? "(new)" : `"${String(b)}"`} → "active": the project goes live and accepts enrollees` : undefined),
  },
  { id: "paused", level: "low", section: "flow", path: ["status"], judge: (b, a) => (b === "active" && a === "paused" ? 'status "active" → "paused": no new enrollments' : undefined) },
  {
    id: "data-protection-contact-changed",
    level: "medium",
    section: "project",
    path: ["dataProtection"],
    judge(b, a) {
      if (b == null || a == null) return undefined;
      const keys = Object.keys({ ...(b as object), ...(a as object) }).filter((k) => JSON.stringify(valueAt(b, [k]) ?? null) !== JSON.stringify(valueAt(a, [k]) ?? null));
      return keys.length ? `dataProtection.${keys.join(", dataProtection.")} changed: check the GDPR contact` : undefined;
    },
  },
  ...["email", "phone", "showTermsAndConditions", "showPrivacyNotice"].map((k) => weaker("sign-up-check-disabled", "low", "flow", ["signUpForm", k], "the sign-up form collects or shows less")),
];

/**
 * Findings of one object's change: every field rule of its section whose field changed and trips. A finding about
 * the settings of a step the flow skips is latent: low, saying the step is off.
 */
export function judgeChange(change: SectionChange): RiskFinding[] {
  if (change.after === null) return [];
  const out: RiskFinding[] = [];
  const tripped = new Set<string>();
  for (const rule of FIELD_RULES) {
    if (rule.section !== change.section) continue;
    const [b, a] = [change.before === null ? undefined : valueAt(change.before, rule.path), valueAt(change.after, rule.path)];
    if (JSON.stringify(b) === JSON.stringify(a)) continue;
    const reason = rule.judge(b, a, rule.path);
    const field = dotted(rule.path);
    if (!reason || (rule.id === "countries-added" && tripped.has("countries-opened-to-all"))) continue;
    tripped.add(rule.id);
    const step = change.section === "flow" ? stepOfField(rule.path) : undefined;
    const latent = step && !unknownAt(change.unknown, ["steps", step]) && stepOf(change.after, step) === "skip";
    out.push(latent ? { level: "low", rule: rule.id, reason: `${reason} (latent: steps.${step} is "skip", so the ${step} step is off)`, field } : { level: rule.level, rule: rule.id, reason, field });
  }
  return out;
}

/** Ids and levels of the rules about what a flow verifies ({@link judgeVerification}). */
export const VERIFICATION_RULES = { "verifies-no-one": "high", "verification-optional": "medium", "skipped-step-configured": "low" } as const satisfies Record<string, RiskLevel>;

const shown = (flow: unknown, s: Step) => `steps.${s} "${String(stepOf(flow, s))}"`;

/**
 * What a flow verifies, judged when it is created, activated, or its steps change (review and drift alike): an
 * active flow with no verification step verifies no one (high); one whose steps are all optional lets enrollees
 * skip verification (medium). Settings given for a step the flow skips are kept and noted (low), unless a field rule
 * already spoke about them. `others` are the findings already made for this change.
 */
export function judgeVerification(change: SectionChange, others: readonly RiskFinding[] = []): RiskFinding[] {
  const { before, after, unknown } = change;
  if (change.section !== "flow" || after === null || unknownAt(unknown, ["steps"]) || unknownAt(unknown, ["status"])) return [];
  const out: RiskFinding[] = [];
  const stepsChanged = before === null || STEPS.some((s) => stepOf(before, s) !== stepOf(after, s));
  const requirements = STEPS.map((s) => stepOf(after, s));
  if (after.status === "active" && (stepsChanged || before?.status !== "active")) {
    if (requirements.every((r) => r === "skip"))
      out.push({ level: "high", rule: "verifies-no-one", field: "steps", reason: `status "active" with ${STEPS.map((s) => shown(after, s)).join(" and ")}: the project verifies no one (enrollees finish without a document or a selfie)` });
    else if (!requirements.includes("mandatory"))
      out.push({ level: "medium", rule: "verification-optional", field: "steps", reason: `no verification step is mandatory (${STEPS.map((s) => shown(after, s)).join(", ")}): enrollees can finish without verifying anything` });
  }
  for (const s of STEPS) {
    const section = STEP_SECTION_OF[s];
    const given = settingsGiven(after, s);
    const touched = before === null || stepOf(before, s) !== stepOf(after, s) || JSON.stringify(valueAt(before, [section])) !== JSON.stringify(valueAt(after, [section]));
    if (stepOf(after, s) !== "skip" || !given.length || !touched || others.some((f) => f.field?.startsWith(`${section}.`))) continue;
    out.push({ level: "low", rule: "skipped-step-configured", field: section, reason: `${section} settings (${given.join(", ")}) are kept, but steps.${s} is "skip": they take effect only when the step is on` });
  }
  return out;
}

/** Findings about a project as a whole: destroying or replacing it (or its flow) while it is live. */
export function judgeRemoval(project: SectionChange | undefined, flow: SectionChange | undefined): RiskFinding[] {
  const removed = [project, flow].filter((c): c is SectionChange => !!c && c.before !== null && (c.after === null || !!c.replaced));
  if (!removed.length) return [];
  const live = flow?.before?.status === "active";
  const what = removed.map((c) => (c.replaced ? `${c.section} replaced` : `${c.section} destroyed`)).join(", ");
  return live
    ? [{ level: "high", rule: "active-project-removed", reason: `${what} while the project is active: enrollments in progress are cut off` }]
    : project && removed.includes(project)
      ? [{ level: "medium", rule: "project-removed", reason: `${what}: its configuration and enrollee links are gone` }]
      : [];
}
