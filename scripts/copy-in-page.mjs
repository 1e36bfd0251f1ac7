// The scripts that run in a browser page (src/**/in-page/*.js) are read at run time from beside the
// module that ships them; tsc does not emit them (they are not compiled, on purpose), so the build
// copies them into dist/ byte for byte. Their .d.ts files are for the checker only and stay behind.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const dist = join(root, 'dist');
// What an earlier build copied goes first, so a script removed from src/ is not shipped still.
if (existsSync(dist)) {
  for (const d of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (d.isDirectory() && d.name === 'in-page') rmSync(join(d.parentPath, d.name), { recursive: true, force: true });
  }
}
let n = 0;
for (const f of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
  if (!f.endsWith('.js') || !f.split(sep).includes('in-page')) continue;
  mkdirSync(dirname(join(dist, f)), { recursive: true });
  copyFileSync(join(src, f), join(dist, f));
  n++;
}
if (!n) throw new Error('no in-page scripts found under src/');
console.log(`copied ${n} in-page scripts to dist/`);
