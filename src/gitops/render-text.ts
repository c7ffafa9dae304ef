import type { Report } from "./report";
import { attributeRow, changeLabel, deletionText, findingCounts, headline, projectTitle } from "./render-shared";

/** The report for a terminal: per project its findings, then each resource's change and attributes. */
export function renderText(r: Report): string {
  const out = [headline(r)];
  for (const p of r.projects) {
    out.push("", `${projectTitle(p)}${p.id ? ` (${p.id})` : ""}: ${findingCounts(p.findings)}`);
    for (const f of p.findings) out.push(`  ${f.level.toUpperCase().padEnd(6)} ${f.rule}: ${f.reason}`);
    for (const c of p.changes) {
      const deletion = deletionText(c);
      out.push(`  ${c.address}: ${changeLabel(c)}${deletion ? ` (${deletion})` : ""}`);
      for (const a of c.attributes) {
        const [path, from, to, deploy] = attributeRow(a);
        out.push((from ? `      ${path}: ${from} → ${to}` : `      ${path} = ${to}`) + (deploy ? ` (${deploy})` : ""));
      }
    }
  }
  return out.join("\n") + "\n";
}
