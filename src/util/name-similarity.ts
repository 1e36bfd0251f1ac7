// How alike two names are, from 0 (nothing alike) to 1 (the same words): edit similarity, lifted
// when the names share words ("NHS Number" and "CHI Number") or one holds the other ("Two Week
// Wait" and "Two Week Wait (Cancer)"). One measure for every place Parity pairs names: a control or
// code renamed between releases, the nearest candidate for a control that is gone. What one name
// inside the other is worth is the caller's: it decides different things in each place.
import { editDistance } from './edit-distance.js';

/** Lower case, invisible characters out, runs of space as one. */
function tidy(s: string): string {
  return s.toLowerCase().replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '').replace(/\s+/g, ' ').trim();
}

export function nameSimilarity(a: string, b: string, containedWorth: number): number {
  const x = tidy(a);
  const y = tidy(b);
  if (x === y) return 1;
  if (!x || !y) return 0;
  const edit = 1 - editDistance(x, y) / Math.max(x.length, y.length);
  const wx = new Set(x.split(' '));
  const wy = new Set(y.split(' '));
  let shared = 0;
  for (const w of wx) if (wy.has(w)) shared++;
  const words = shared / Math.max(wx.size, wy.size);
  const contains = x.includes(y) || y.includes(x) ? containedWorth : 0;
  return Math.max(edit, words, contains);
}
