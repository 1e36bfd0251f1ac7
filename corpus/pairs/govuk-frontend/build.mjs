// Renders one side of the govuk-frontend pair: the app's page templates (old/ or new/) through that
// release's OWN Nunjucks template and macros (govuk/ in 4.x, dist/govuk/ in 5.x), with that
// release's own CSS, JS, fonts and images.
// - 4.10.1 ships no compiled CSS on npm (only in its GitHub release zip), so its own govuk/all.scss
//   is compiled here with Dart Sass (pinned in package.json), $govuk-assets-path left at /assets/.
// - 5.x ships dist/govuk/govuk-frontend.min.css and .min.js; its JS is an ES module, started with
//   `import { initAll } … ; initAll()` as its docs say for that version (its template.njk adds the
//   govuk-frontend-supported body class).
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nunjucks from 'nunjucks';
import * as sass from 'sass';

export default async function build({ side, pairDir, outDir, libDir }) {
  const v5 = side === 'new';
  const root = v5 ? join(libDir, 'dist') : libDir; // the folder that holds govuk/
  const assets = join(outDir, 'assets');
  mkdirSync(assets, { recursive: true });
  cpSync(join(root, 'govuk', 'assets'), assets, { recursive: true });
  if (v5) {
    cpSync(join(root, 'govuk', 'govuk-frontend.min.css'), join(assets, 'govuk-frontend.min.css'));
    cpSync(join(root, 'govuk', 'govuk-frontend.min.js'), join(assets, 'govuk-frontend.min.js'));
  } else {
    const css = sass.compile(join(root, 'govuk', 'all.scss'), { style: 'compressed', quietDeps: true, logger: sass.Logger.silent }).css;
    writeFileSync(join(assets, 'govuk-frontend.min.css'), css);
    cpSync(join(root, 'govuk', 'all.js'), join(assets, 'govuk-frontend.js'));
  }
  const pages = join(pairDir, side);
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader([pages, root]), { autoescape: true });
  for (const f of readdirSync(pages)) {
    if (!f.endsWith('.njk') || f.startsWith('_')) continue;
    writeFileSync(join(outDir, f.replace(/\.njk$/, '.html')), env.render(f, {}));
  }
}
