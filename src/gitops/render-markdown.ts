import type { ProjectReport, Report } from "./report";
import { attributeRow, changeLabel, deletionText, findingCounts, headline, projectTitle } from "./render-shared";

const ICON: Record<string, string> = { high: "🔴", medium: "🟠", low: "🟡" };
/** Text for a table cell: HTML-escaped, pipes escaped and newlines flattened (either would break the row). */
const cell = (s: string) => escapeHtml(s).replace(/\|/g, "\\|").replace(/\n/g, " ");
/** A code span for a table cell (GitHub splits cells on `|` even inside code spans). */
const code = (s: string) => "`" + s.replace(/`/g, "'").replace(/\|/g, "\\|").replace(/\n/g, " ") + "`";

/** GitHub refuses comments over 65,536 characters. */
export const MARKDOWN_LIMIT = 65_000;

/**
 * The report as GitHub-flavoured markdown for a PR comment or `$GITHUB_STEP_SUMMARY`: a summary table, then one
 * collapsible section per project (open when it has findings), findings first, then each resource's attributes.
 * Past {@link MARKDOWN_LIMIT} the attribute tables are left out, then the sections that no longer fit (the summary
 * table still lists every project), with a note saying so.
 */
export function renderMarkdown(r: Report): string {
  const full = render(r, true);
  if (full.length <= MARKDOWN_LIMIT) return full;
  return render(r, false);
}

function render(r: Report, attributes: boolean): string {
  const title = r.kind === "drift" ? "SmartEnroll drift" : "SmartEnroll review";
  const out = [`### ${title}`, "", headline(r)];
  if (r.projects.length) {
    out.push("", "| project | id | changes | findings |", "|---|---|---|---|");
    for (const p of r.projects)
      out.push(`| ${cell(projectTitle(p))} | ${p.id ? code(p.id) : ""} | ${cell(p.changes.map(changeLabel).join(", "))} | ${cell(findingCounts(p.findings))} |`);
  }
  let size = out.join("\n").length;
  for (const [i, p] of r.projects.entries()) {
    const section = ["", ...projectSection(r, p, attributes)];
    const len = section.join("\n").length + 1;
    if (!attributes && size + len > MARKDOWN_LIMIT - 400) {
      out.push("", `_${r.projects.length - i} more project sections left out: the report is longer than a comment allows (the table above lists every project)._`);
      break;
    }
    out.push(...section);
    size += len;
  }
  if (!attributes) out.push("", "_Attribute tables left out to fit a comment: run with `--format json` (or `--json-out FILE`) for every attribute._");
  return out.join("\n") + "\n";
}

function projectSection(r: Report, p: ProjectReport, attributes: boolean): string[] {
  const [from, to] = r.kind === "drift" ? ["recorded", "live"] : ["before", "after"];
  const open = p.findings.length ? " open" : "";
  const out = [`<details${open}><summary><b>${escapeHtml(projectTitle(p))}</b>${p.id ? ` (<code>${p.id}</code>)` : ""}: ${findingCounts(p.findings)}</summary>`, ""];
  if (p.findings.length) {
    out.push("| level | rule | reason |", "|---|---|---|");
    for (const f of p.findings) out.push(`| ${ICON[f.level]} ${f.level} | ${code(f.rule)} | ${cell(f.reason)} |`);
    out.push("");
  }
  const drift = r.kind === "drift";
  for (const c of p.changes) {
    const deletion = deletionText(c);
    out.push(`**${code(c.address)}**: ${changeLabel(c)}${deletion ? ` (${cell(deletion)})` : ""}`, "");
    if (!attributes || !c.attributes.length) continue;
    out.push(`| attribute | ${from} | ${to} |${drift ? " deploy |" : ""}`, drift ? "|---|---|---|---|" : "|---|---|---|");
    for (const a of c.attributes) {
      const [path, b, af, deploy] = attributeRow(a);
      out.push(`| ${code(path)} | ${b ? code(b) : ""} | ${code(af)} |${drift ? ` ${cell(deploy ?? "")} |` : ""}`);
    }
    out.push("");
  }
  out.push("</details>");
  return out;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
