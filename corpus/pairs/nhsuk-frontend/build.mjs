// Renders one side of the nhsuk-frontend pair: the app's page templates (old/ or new/) through that
// release's OWN Nunjucks macros (packages/components/*/macro.njk in both 8.x and 9.x), with that
// release's own compiled CSS and JS from dist/. The only edit to the release's files: the CSS's
// @font-face rules point at the NHS font CDN, so they are dropped (the page must load nothing from
// the internet; text falls back to Arial on both sides alike).
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nunjucks from 'nunjucks';

export default async function build({ side, pairDir, outDir, libDir }) {
  const pages = join(pairDir, side);
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader([pages, join(libDir, 'packages')]), { autoescape: true, throwOnUndefined: false });
  const version = JSON.parse(readFileSync(join(libDir, 'package.json'), 'utf8')).version;
  mkdirSync(join(outDir, 'assets'), { recursive: true });
  const css = readFileSync(join(libDir, 'dist', `nhsuk-${version}.min.css`), 'utf8').replace(/@font-face\{[^}]*\}/g, '');
  writeFileSync(join(outDir, 'assets', 'nhsuk.min.css'), css);
  copyFileSync(join(libDir, 'dist', `nhsuk-${version}.min.js`), join(outDir, 'assets', 'nhsuk.min.js'));
  for (const f of readdirSync(pages)) {
    if (!f.endsWith('.njk') || f.startsWith('_')) continue;
    writeFileSync(join(outDir, f.replace(/\.njk$/, '.html')), env.render(f, { release: version }));
  }
}
