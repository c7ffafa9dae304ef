import type { Report } from "./report";
import { renderMarkdown } from "./render-markdown";
import { renderText } from "./render-text";

/** Output formats of `review` and `drift`. */
export const FORMATS = ["text", "markdown", "json"] as const;
export type Format = (typeof FORMATS)[number];

/** The report in `format` (JSON: the {@link Report} object, two-space indented). */
export function render(report: Report, format: Format): string {
  if (format === "json") return JSON.stringify(report, null, 2) + "\n";
  return format === "markdown" ? renderMarkdown(report) : renderText(report);
}
