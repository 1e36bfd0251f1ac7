// The report stage's public face: what the CLI and `parity run` use.
export { buildReports, resolveReporters, REPORTERS, DEFAULT_REPORTERS } from './reporter.js';
export type { Reporter, BuildOptions, BuildOutcome, ReporterError } from './reporter.js';
export { loadReportContext, type ReportContext } from './context.js';
export { buildReportDocument, REPORT_FORMAT, REPORT_VERSION, type ReportDocument } from './document.js';
export { writeHandout, type HandoutOptions } from './handout/handout.js';
export { serveReport } from './serve.js';
export { benchReport } from './bench.js';
