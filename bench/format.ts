/** Statistics and plain-text tables shared by the bench sections. */

/** A section's printed form: a title, column headings, rows and notes below. */
export interface Table {
  title: string;
  head: string[];
  rows: string[][];
  notes?: string[];
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Bytes in kB (1 kB = 1,000 bytes), one decimal. */
export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

/** Milliseconds, one decimal below 10 ms, whole above. */
export const ms = (t: number): string => `${t < 10 ? t.toFixed(1) : Math.round(t)} ms`;

/** a / b as `2.5×`. */
export const ratio = (a: number, b: number): string => (b > 0 ? `${(a / b).toFixed(a / b < 10 ? 2 : 1)}×` : 'n/a');

// CJK characters take two terminal columns.
const width = (s: string): number =>
  [...s].reduce(
    (n, c) =>
      n +
      (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(c)
        ? 2
        : 1),
    0,
  );

/** Renders a table as aligned plain text; cells that start with a digit are right-aligned. */
export function render(table: Table): string {
  const all = [table.head, ...table.rows];
  const widths = table.head.map((_, i) => Math.max(...all.map((row) => width(row[i] ?? ''))));
  const line = (row: string[]) =>
    row
      .map((cell, i) => {
        const pad = ' '.repeat(widths[i]! - width(cell));
        return /^[\d.<≤>−-]/.test(cell) && i > 0 ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  const notes = (table.notes ?? []).map((n) => `  ${n}`);
  return [`\n${table.title}`, line(table.head), rule, ...table.rows.map(line), ...notes].join('\n');
}
