// A reporter that renders the report document into one file of the report folder: report.json,
// junit.xml, summary.md. The HTML report and the handout write several files and have their own.
import { join } from 'node:path';
import { writeFileAtomic } from '../util/files.js';
import type { ReportDocument } from './document.js';
import type { Reporter } from './reporter.js';

export function oneFileReporter(name: string, fileName: string, render: (doc: ReportDocument) => string): Reporter {
  return {
    name,
    async write(ctx) {
      const file = join(ctx.outDir, fileName);
      writeFileAtomic(file, render(ctx.doc));
      return [file];
    },
  };
}
