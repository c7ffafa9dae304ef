import type { ProjectReport, Report } from "./report";
import { attributeRow, changeLabel, findingCounts, headline, projectTitle } from "./render-shared";

const ICON: Record<string, string> = { high: "🔴", medium: "🟠", low: "🟡" };
/** Text for a table cell: HTML-escaped, pipes escaped and newlines flattened (either would break the row). */
const cell = (s: string) => escapeHtml(s).replace(/\|/g, "\\|").replace(/\n/g, " ");
/** A code span for a table cell (GitHub splits cells on `|` even inside code spans). */
const code = (s: string) => "`" + s.replace(/`/g, "'").replace(/\|/g, "\\|").replace(/\n/g, " ") + "`";

/**
 * The report as GitHub-flavoured markdown for a PR comment or `$GITHUB_STEP_SUMMARY`: a summary table, then one
 * collapsible section per project (open when it has findings), findings first, then each resource's attributes.
 */
export function renderMarkdown(r: Report): string {
  const title = r.kind === "drift" ? "SmartEnroll drift" : "SmartEnroll review";
  const out = [`### ${title}`, "", headline(r)];
  if (r.projects.length) {
    out.push("", "| project | id | changes | findings |", "|---|---|---|---|");
    for (const p of r.projects)
      out.push(`| ${cell(projectTitle(p))} | ${p.id ? code(p.id) : ""} | ${cell(p.changes.map(changeLabel).join(", "))} | ${cell(findingCounts(p.findings))} |`);
  }
  for (const p of r.projects) out.push("", ...projectSection(r, p));
  return out.join("\n") + "\n";
}

function projectSection(r: Report, p: ProjectReport): string[] {
  const [from, to] = r.kind === "drift" ? ["recorded", "live"] : ["before", "after"];
  const open = p.findings.length ? " open" : "";
  const out = [`<details${open}><summary><b>${escapeHtml(projectTitle(p))}</b>${p.id ? ` (<code>${p.id}</code>)` : ""}: ${findingCounts(p.findings)}</summary>`, ""];
  if (p.findings.length) {
    out.push("| level | rule | reason |", "|---|---|---|");
    for (const f of p.findings) out.push(`| ${ICON[f.level]} ${f.level} | ${code(f.rule)} | ${cell(f.reason)} |`);
    out.push("");
  }
  for (const c of p.changes) {
    out.push(`**${code(c.address)}**: ${changeLabel(c)}`, "");
    if (!c.attributes.length) continue;
    out.push(`| attribute | ${from} | ${to} |`, "|---|---|---|");
    for (const a of c.attributes) {
      const [path, b, af] = attributeRow(a);
      out.push(`| ${code(path)} | ${b ? code(b) : ""} | ${code(af)} |`);
    }
    out.push("");
  }
  out.push("</details>");
  return out;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
