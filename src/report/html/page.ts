// index.html: a shell that carries the data and pulls in app.css and app.js from the same folder.
// The Content-Security-Policy forbids every request but the folder's own files (and data: images):
// no fonts, no fetch, no frames, no forms, no inline script or style. Chromium treats 'self' on
// file:// as the file scheme, so a double-clicked report loads its own script (tested in Chromium).
// The data sits in <script type="application/json">, which never executes and which CSP does not
// govern; embedJson guarantees no '<' in it, so captured text cannot close the element.
import { embedJson, type ViewData } from './view-data.js';
import { APP_BASE, APP_DETAIL, APP_IMAGES, APP_LINKS, APP_LIST, APP_OVERVIEW, APP_ZOOM } from './app-script.js';
import { escapeHtml } from '../../util/html.js';

export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'none'",
  "font-src 'none'",
  "object-src 'none'",
  "media-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function appJs(): string {
  return `// Parity report viewer. Reads the data embedded in index.html; makes no request of its own.\n(function () {\n'use strict';\n${[APP_BASE, APP_OVERVIEW, APP_LIST, APP_DETAIL, APP_IMAGES, APP_ZOOM, APP_LINKS].join('\n')}\nstart();\n})();\n`;
}

export function indexHtml(data: ViewData): string {
  const title = escapeHtml(`Parity report ${data.run.id}: ${data.totals.failing} failing`);
  return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="parity ${escapeHtml(data.tool.version)}">
<title>${title}</title>
<link rel="stylesheet" href="app.css">
<script type="application/json" id="parity-data">${embedJson(data)}</script>
<script src="app.js" charset="utf-8" defer></script>
</head>
<body>
<noscript><p>This report needs JavaScript to draw its tables. The same results are in report.json and summary.md next to this file.</p></noscript>
<div id="app"></div>
</body>
</html>
`;
}

