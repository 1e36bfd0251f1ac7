// The HTML reporter: report/index.html, app.js, app.css, and the screenshots, diffs and traces it
// shows, all inside the report folder (see assets.ts). Opens by double-click, offline.
import { join } from 'node:path';
import { writeFileAtomic } from '../../util/files.js';
import type { Reporter } from '../reporter.js';
import { AssetLinker } from './assets.js';
import { viewData } from './view-data.js';
import { appJs, indexHtml } from './page.js';
import { APP_CSS } from './style.js';

export const htmlReporter: Reporter = {
  name: 'html',
  async write(ctx) {
    const assets = new AssetLinker(ctx.runDir, ctx.outDir);
    const data = viewData(ctx.doc, assets);
    const files = [join(ctx.outDir, 'app.css'), join(ctx.outDir, 'app.js'), join(ctx.outDir, 'index.html')];
    writeFileAtomic(files[0]!, APP_CSS.trimStart());
    writeFileAtomic(files[1]!, appJs());
    // index.html last: a reader never opens a page whose script is not there yet.
    writeFileAtomic(files[2]!, indexHtml(data));
    if (assets.missing.length) ctx.warnings.push(`${assets.missing.length} file(s) named in captures are missing from the run directory, e.g. ${assets.missing[0]}`);
    return files;
  },
};
