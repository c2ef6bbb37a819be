/**
 * Peak memory of a process tree: samples the resident set size (RSS) of every descendant of this process from
 * /proc, summed, a few times a second, with the time of each sample. Linux only. Runs in Node, in the bench.
 */
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_BYTES = 4096;

/** RSS in bytes of every descendant of `root` (not `root` itself), summed, and by command name (node, chromium…). */
export function descendantsRss(root: number): { total: number; byCommand: Map<string, number> } {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  const command = new Map<number, string>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // the process ended meanwhile
    }
    // Fields after the command name, which may hold spaces: state, ppid, … rss is the 22nd of them.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(name);
    const ppid = Number(fields[1]);
    command.set(pid, stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
    rss.set(pid, Number(fields[21]) * PAGE_BYTES);
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  let total = 0;
  const byCommand = new Map<string, number>();
  const queue = [...(children.get(root) ?? [])];
  while (queue.length) {
    const pid = queue.pop()!;
    const bytes = rss.get(pid) ?? 0;
    total += bytes;
    const name = command.get(pid) ?? '?';
    byCommand.set(name, (byCommand.get(name) ?? 0) + bytes);
    queue.push(...(children.get(pid) ?? []));
  }
  return { total, byCommand };
}

/** One sample: when (wall clock, ms since the epoch), the tree's RSS, and each command's. */
export interface MemorySample {
  at: number;
  total: number;
  byCommand: Record<string, number>;
}

/** Memory samples of this process's descendants while something runs. */
export interface TreeSampler {
  /** Stops sampling; the peak of the tree, each command's own peak, and the samples. */
  stop(): { peak: number; peakByCommand: Record<string, number>; samples: MemorySample[] };
}

/** Starts sampling the RSS of this process's descendants every `intervalMs`. */
export function sampleTree(intervalMs = 200): TreeSampler {
  const samples: MemorySample[] = [];
  const sample = () => {
    const { total, byCommand } = descendantsRss(process.pid);
    samples.push({ at: Date.now(), total, byCommand: Object.fromEntries(byCommand) });
  };
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      const peakByCommand: Record<string, number> = {};
      for (const { byCommand } of samples) {
        for (const [name, bytes] of Object.entries(byCommand))
          peakByCommand[name] = Math.max(peakByCommand[name] ?? 0, bytes);
      }
      return { peak: Math.max(0, ...samples.map((s) => s.total)), peakByCommand, samples };
    },
  };
}
