// Peak resident memory of a process and everything it started (Node, Chromium's browser, GPU and
// renderer processes), sampled from /proc: what a machine must have free to run a suite.
import { readdirSync, readFileSync } from 'node:fs';

function table() {
  const rows = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const after = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // the name may hold spaces
      const rssPages = Number(readFileSync(`/proc/${d}/statm`, 'utf8').split(' ')[1]);
      rows.push({ pid: Number(d), ppid: Number(after[1]), rss: rssPages * 4096 });
    } catch { /* gone while we looked */ }
  }
  return rows;
}

/** Resident bytes of pid and its descendants now. */
export function treeRss(pid) {
  const rows = table();
  const kids = new Map();
  for (const r of rows) kids.set(r.ppid, [...(kids.get(r.ppid) ?? []), r]);
  let sum = 0;
  const stack = rows.filter((r) => r.pid === pid);
  while (stack.length) {
    const r = stack.pop();
    sum += r.rss;
    stack.push(...(kids.get(r.pid) ?? []));
  }
  return sum;
}

/** Samples treeRss(pid) every `everyMs` until stopped; stop() gives the peak in bytes. */
export function watchPeak(pid, everyMs = 250) {
  let peak = 0;
  const tick = () => { peak = Math.max(peak, treeRss(pid)); };
  const timer = setInterval(tick, everyMs);
  tick();
  return { stop: () => { clearInterval(timer); tick(); return peak; } };
}
