import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const CONTRACT = readFileSync(path.join(ROOT, "docs", "api-contract.md"), "utf8");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const full = path.join(dir, n);
    return statSync(full).isDirectory() ? sources(full) : full.endsWith(".ts") ? [full] : [];
  });
}

/** Every `§N`, `§N.M`, `§N #K` and `QN` cited in src/, with the file that cites it. */
function citations(): { ref: string; file: string }[] {
  const out: { ref: string; file: string }[] = [];
  for (const file of sources(path.join(ROOT, "src"))) {
    const text = readFileSync(file, "utf8");
    const rel = path.relative(ROOT, file);
    for (const m of text.matchAll(/§(\d+(?:\.\d+)?)(?: #(\d+))?/g)) out.push({ ref: m[2] ? `§${m[1]} #${m[2]}` : `§${m[1]}`, file: rel });
    for (const m of text.matchAll(/\bQ(\d+)\b/g)) out.push({ ref: `Q${m[1]}`, file: rel });
  }
  return out;
}

/** Section numbers of the contract's headings (`## 12.` → "12", `### 5.3` → "5.3"). */
const sections = new Set([...CONTRACT.matchAll(/^#{2,3} (\d+(?:\.\d+)?)\.? /gm)].map((m) => m[1]));
const section = (n: string) => CONTRACT.slice(CONTRACT.search(new RegExp(`^## ${n}\\. `, "m"))).split(/^## /m)[1] ?? "";

function resolves(ref: string): boolean {
  const q = /^Q(\d+)$/.exec(ref);
  if (q) return new RegExp(`^\\| Q${q[1]} \\|`, "m").test(section("15"));
  const s = /^§(\d+(?:\.\d+)?)(?: #(\d+))?$/.exec(ref)!;
  if (!sections.has(s[1])) return false;
  return !s[2] || new RegExp(`^\\| ${s[2]} \\|`, "m").test(section(s[1]));
}

describe("docs/api-contract.md", () => {
  test("every § and Q reference in src/ names a section, row or question of the contract", () => {
    const cited = citations();
    expect(cited.length).toBeGreaterThan(10);
    expect(cited.filter((c) => !resolves(c.ref)).map((c) => `${c.file}: ${c.ref}`)).toEqual([]);
  });

  test("src/ cites the contract in the repository, not the shared notes", () => {
    const stale = sources(path.join(ROOT, "src")).filter((f) => readFileSync(f, "utf8").includes("smartenroll-api.md"));
    expect(stale.map((f) => path.relative(ROOT, f))).toEqual([]);
  });

  test("every open question Q1–Q25 has the emulator's decision", () => {
    for (let i = 1; i <= 25; i++) expect(section("15")).toMatch(new RegExp(`^\\| Q${i} \\| [^|]+ \\| \\S`, "m"));
  });
});
