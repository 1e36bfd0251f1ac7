// report.json: the document as built, for other tools. Schema: docs/report-json.md.
import { join } from 'node:path';
import { writeJsonAtomic } from '../util/files.js';
import type { Reporter } from './reporter.js';

export const jsonReporter: Reporter = {
  name: 'json',
  async write(ctx) {
    const file = join(ctx.outDir, 'report.json');
    writeJsonAtomic(file, ctx.doc);
    return [file];
  },
};
