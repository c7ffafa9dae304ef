import type { z } from "zod";
import { brandingInput } from "./branding";
import { flowConfigInput } from "./flow";
import { projectCreateInput } from "./project";
import { activeDocumentCategories, belowRecommended, hostOf, recommendedValue, valueAt, weakened } from "./risk-judges";

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

interface FieldRule {
  id: string;
  level: RiskLevel;
  section: RiskSection;
  path: string[];
  /** The reason when the change from `before` to `after` trips the rule. */
  judge(before: unknown, after: unknown, path: string[]): string | undefined;
}

const ROOTS: Partial<Record<RiskSection, z.ZodType>> = { project: projectCreateInput, flow: flowConfigInput, branding: brandingInput };
const dotted = (p: string[]) => p.join(".");

/** A rule that fires when the model's `weaker` direction of the field says the change weakens verification. */
const weaker = (id: string, level: RiskLevel, section: RiskSection, path: string[], effect: string): FieldRule => ({
  id,
  level,
  section,
  path,
  judge(b, a) {
    const what = weakened(ROOTS[section]!, path, b, a);
    if (!what) return undefined;
    const rec = belowRecommended(ROOTS[section]!, path, a) ? `, below the recommended ${String(recommendedValue(ROOTS[section]!, path))}` : "";
    return `${dotted(path)} ${what}${rec}: ${effect}`;
  },
});

/** A rule that fires when a newly set score is below the seed's recommended value. */
const belowRec = (id: string, path: string[]): FieldRule => ({
  id,
  level: "medium",
  section: "flow",
  path,
  judge: (b, a) =>
    b == null && belowRecommended(flowConfigInput, path, a) ? `${dotted(path)} is ${String(a)}, below the recommended ${String(recommendedValue(flowConfigInput, path))}` : undefined,
});

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

/** Findings of one object's change: every field rule of its section whose field changed and trips. */
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
    out.push({ level: rule.level, rule: rule.id, reason, field });
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
