// The folders of src/ import only downward, in the order src/DEPS.md states: a lower stage never
// reaches up to a higher one (capture into run, run into cli). Read from the sources themselves.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', 'src');
const order = /^Order: (.+)$/m.exec(readFileSync(join(src, 'DEPS.md'), 'utf8'))![1]!.split(',').map((s) => s.trim());

/** Every relative import of every .ts file under src/, as [importing folder, imported folder, file]. */
function imports(): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (const f of readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((x) => x.endsWith('.ts'))) {
    const text = readFileSync(join(src, f), 'utf8');
    for (const m of text.matchAll(/(?:from\s+|import\()\s*'(\.{1,2}\/[^']+)'/g)) {
      const target = relative(src, normalize(join(src, dirname(f), m[1]!)));
      out.push([f.split(sep)[0]!, target.split(sep)[0]!, f]);
    }
  }
  return out;
}

describe('src/ folders', () => {
  it('are all placed in the order of src/DEPS.md', () => {
    const folders = readdirSync(src, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    expect(folders).toEqual([...order].sort());
  });

  it('import only folders before them in that order', () => {
    const all = imports();
    expect(all.length).toBeGreaterThan(300); // the check reads the real imports
    const upward = all.filter(([from, to]) => from !== to && order.indexOf(to) > order.indexOf(from)).map(([from, to, f]) => `${f}: ${from} imports ${to}`);
    expect(upward).toEqual([]);
  });
});
