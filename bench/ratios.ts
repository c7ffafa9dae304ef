// Ratios measured as interleaved pairs (ours, then the reference, N times), so machine load drifts affect both alike.

/** One measured ratio: the medians of each side and the median of the per-pair ratios. */
export interface Measured {
  readonly ours: number;
  readonly reference: number;
  readonly ratio: number;
  readonly pairs: number;
}

/** A row of a ratio table. */
export interface Row extends Measured {
  readonly measure: string;
  readonly goal: number;
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Runs `ours` then `reference` `pairs` times; each returns a duration in ms. */
export async function interleaved(pairs: number, ours: () => Promise<number>, reference: () => Promise<number>): Promise<Measured> {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < pairs; i++) {
    a.push(await ours());
    b.push(await reference());
  }
  return { ours: median(a), reference: median(b), ratio: median(a.map((x, i) => x / b[i])), pairs };
}

const ms = (x: number) => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(0)} ms`);

/** Prints the rows as a markdown table: measure, both medians, ratio, goal, met. */
export function printTable(rows: readonly Row[], note: string): void {
  console.log("| measure | ours | reference | ratio | goal | met |");
  console.log("|---|---:|---:|---:|---:|:---:|");
  for (const r of rows) console.log(`| ${r.measure} | ${ms(r.ours)} | ${ms(r.reference)} | ${r.ratio.toFixed(2)}× | ≤ ${r.goal}× | ${r.ratio <= r.goal ? "yes" : "no"} |`);
  console.log(`(${note})`);
}
