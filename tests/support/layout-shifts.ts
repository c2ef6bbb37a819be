/**
 * Layout shifts as the reader's browser reports them, recorded from the first
 * frame of every page a test opens. Runs in Node (tests); the observer runs in the page.
 */
import type { Page } from '@playwright/test';

/** One reported shift: its score, and the start of each moved element's markup. */
export interface Shift {
  value: number;
  moved: string[];
}

/** Records the layout shifts of every page the tab opens from now on; with `within`, only those moving an element inside it. */
export async function recordLayoutShifts(page: Page, within?: string): Promise<void> {
  await page.addInitScript((within) => {
    const shifts: Shift[] = ((window as unknown as { shifts: Shift[] }).shifts = []);
    type Entry = PerformanceEntry & { value: number; sources: Array<{ node: Node | null }> };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Entry[]) {
        const moved = entry.sources.map((s) => (s.node instanceof Element ? s.node : s.node?.parentElement));
        if (within && !moved.some((element) => element?.closest(within))) continue;
        shifts.push({ value: entry.value, moved: moved.map((element) => element?.outerHTML.slice(0, 80) ?? '') });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  }, within);
}

/** The shifts of the page open now, two frames after its last change, so the observer has reported them. */
export async function layoutShifts(page: Page): Promise<Shift[]> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => (window as unknown as { shifts: Shift[] }).shifts);
}
