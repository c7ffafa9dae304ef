import type { z } from "zod";
import { brandingInput } from "./branding";
import { STEP_REQUIREMENTS } from "./enums";
import { flowConfigInput } from "./flow";
import { fieldAt, fieldMeta } from "./meta";
import { projectCreateInput } from "./project";
import type { RiskLevel, RiskSection } from "./risk";

/** A value as a number, or undefined. */
const num = (v: unknown) => (typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const show = (v: unknown) => (typeof v === "string" ? `"${v}"` : JSON.stringify(v));
const names = (vs: unknown[]) => vs.map(show).join(", ");

/** Rank of a step requirement: mandatory 2, optional 1, skip 0. */
const stepRank = (v: unknown) => (typeof v === "string" ? STEP_REQUIREMENTS.length - 1 - STEP_REQUIREMENTS.indexOf(v as never) : undefined);

/**
 * Whether a change of the field at `path` (camelCase, below `root`) weakens verification, by the direction the model
 * gives it (`.meta({ weaker })`); returns a short "what happened" text, or undefined when it does not weaken.
 */
export function weakened(root: z.ZodType, path: readonly string[], before: unknown, after: unknown): string | undefined {
  const schema = fieldAt(root, path);
  const weaker = schema && fieldMeta(schema).weaker;
  switch (weaker) {
    case "decrease": {
      const [b, a] = [num(before), num(after)];
      return b !== undefined && a !== undefined && a < b ? `lowered ${b} → ${a}` : undefined;
    }
    case "increase": {
      const [b, a] = [num(before), num(after)];
      return b !== undefined && a !== undefined && a > b ? `raised ${b} → ${a}` : undefined;
    }
    case "disable": {
      if (before === true && after === false) return "switched off (true → false)";
      const [b, a] = [stepRank(before), stepRank(after)];
      return b !== undefined && a !== undefined && b >= 0 && a >= 0 && a < b ? `${show(before)} → ${show(after)}` : undefined;
    }
    case "remove": {
      const gone = list(before).filter((x) => !list(after).some((y) => JSON.stringify(y) === JSON.stringify(x)));
      return before != null && after !== undefined && gone.length ? `removed ${names(gone)}` : undefined;
    }
    case "add": {
      const added = list(after).filter((x) => !list(before).some((y) => JSON.stringify(y) === JSON.stringify(x)));
      return before != null && added.length ? `added ${names(added)}` : undefined;
    }
    default:
      return undefined;
  }
}

/** The value the seed recommends for the field, when the model names one. */
export function recommendedValue(root: z.ZodType, path: readonly string[]): unknown {
  const schema = fieldAt(root, path);
  return schema ? fieldMeta(schema).recommended : undefined;
}

/** True when `after` is a number below the field's recommended value. */
export function belowRecommended(root: z.ZodType, path: readonly string[], after: unknown): boolean {
  const rec = num(recommendedValue(root, path));
  const a = num(after);
  return rec !== undefined && a !== undefined && a < rec;
}

/** The host of an http(s) URL, or undefined. */
export function hostOf(url: unknown): string | undefined {
  if (typeof url !== "string" || url === "") return undefined;
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return undefined;
  }
}

/** (country, category) pairs whose document configuration is active, from a flow's `documents.documentTypes`. */
export function activeDocumentCategories(documentTypes: unknown): string[] {
  const out: string[] = [];
  for (const row of list(documentTypes) as { country?: unknown; configurations?: unknown }[])
    for (const c of list(row?.configurations) as { active?: unknown; documentCategory?: unknown }[])
      if (c?.active !== false && typeof c?.documentCategory === "string") out.push(`${String(row.country)}: ${c.documentCategory}`);
  return out;
}

/** Reads a camelCase path of a plain object. */
export function valueAt(obj: unknown, path: readonly string[]): unknown {
  let cur = obj;
  for (const k of path) cur = cur !== null && typeof cur === "object" ? (cur as Record<string, unknown>)[k] : undefined;
  return cur;
}

/** A rule about one field of one kind of object: it fires when `judge` gives a reason for the change. */
export interface FieldRule {
  id: string;
  level: RiskLevel;
  section: RiskSection;
  path: string[];
  /** The reason when the change from `before` to `after` trips the rule. */
  judge(before: unknown, after: unknown, path: string[]): string | undefined;
}

const ROOTS: Partial<Record<RiskSection, z.ZodType>> = { project: projectCreateInput, flow: flowConfigInput, branding: brandingInput };
/** A model path as readers write it: `liveness.minScore`. */
export const dotted = (p: readonly string[]) => p.join(".");

/** A rule that fires when the model's `weaker` direction of the field says the change weakens verification. */
export const weaker = (id: string, level: RiskLevel, section: RiskSection, path: string[], effect: string): FieldRule => ({
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
export const belowRec = (id: string, path: string[]): FieldRule => ({
  id,
  level: "medium",
  section: "flow",
  path,
  judge: (b, a) =>
    b == null && belowRecommended(flowConfigInput, path, a) ? `${dotted(path)} is ${String(a)}, below the recommended ${String(recommendedValue(flowConfigInput, path))}` : undefined,
});
