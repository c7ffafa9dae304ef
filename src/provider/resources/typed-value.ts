import type { ProjectStatus } from "../../client";
import { PROJECT_STATUSES } from "../../model";
import { isUnknown, type Value } from "../../plugin";

/** A string attribute's value; `""` when it is null, unknown or not a string. */
export function text(v: Value | undefined): string {
  return typeof v === "string" ? v : "";
}

/** A string attribute's value when it is known and set; undefined otherwise. */
export function knownText(v: Value | undefined): string | undefined {
  return typeof v === "string" && !isUnknown(v) ? v : undefined;
}

const isStatus = (v: unknown): v is ProjectStatus => (PROJECT_STATUSES as readonly unknown[]).includes(v);

/** A lifecycle status attribute's value when it is one of the API's statuses. */
export function statusOf(v: Value | undefined): ProjectStatus | undefined {
  return isStatus(v) ? v : undefined;
}
