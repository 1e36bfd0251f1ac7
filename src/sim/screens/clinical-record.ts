// The clinical record, built the way older web EPRs build it: the patient banner in the page, the
// record in an iframe, and the results panel in an iframe inside that one. The frame documents are
// pages of their own (no banner, no toolbar), each at its own address, as such systems serve them.
import type { Ctx, Res, Route } from '../context.js';
import { htmlRes } from '../context.js';
import { patientName, type Patient } from '../data/store.js';
import { page } from '../ui/layout.js';
import { renderField } from '../ui/fields.js';
import { esc, table } from '../ui/html.js';
import type { FieldDef } from '../variants/types.js';
import { withPatient } from './common.js';

function screen(ctx: Ctx): Res {
  return withPatient(ctx, (p) => page(ctx, {
    title: `${patientName(p)}: clinical record`, screen: 'clinicalRecord', patient: p,
    body: `<h1>Clinical record</h1>
<iframe class="record-frame" title="Record" src="/patients/${esc(p.mrn)}/record/panel"></iframe>`,
  }));
}

/** A frame's own document: the shared style sheet, a white panel, nothing around it. */
function frameDoc(title: string, body: string): Res {
  return htmlRes(`<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${esc(title)}</title><link rel="stylesheet" href="/assets/app.css"></head>
<body class="in-frame">
${body}
</body>
</html>
`);
}

function fields(defs: Record<string, FieldDef>): string {
  return Object.entries(defs).filter(([, d]) => !d.absent).map(([id, def]) => renderField({ id, def, value: def.default ?? '' })).join('\n');
}

function recordPanel(ctx: Ctx): Res {
  return withPatient(ctx, (p: Patient) => frameDoc('Record', `<section class="panel" aria-labelledby="h-obs"><h2 id="h-obs">Observations</h2>
<div class="panel-body"><form class="record-form" onsubmit="return false">
${fields(ctx.cfg.clinicalRecord.observations)}
</form></div></section>
<iframe class="results-frame" title="Results" src="/patients/${esc(p.mrn)}/record/results"></iframe>`));
}

function resultsPanel(ctx: Ctx): Res {
  return withPatient(ctx, () => frameDoc('Results', `<section class="panel" aria-labelledby="h-results"><h2 id="h-results">Request a test</h2>
<div class="panel-body"><form class="record-form" onsubmit="return false">
${fields(ctx.cfg.clinicalRecord.results)}
</form></div></section>
<section class="panel" aria-labelledby="h-recent"><h2 id="h-recent">Recent results</h2>
${table({ caption: 'Recent results', captionHidden: true, headers: ['Test', 'Status'], rows: [['Full blood count', 'Reviewed'], ['Urea and electrolytes', 'Reviewed']] })}</section>`));
}

export const CLINICAL_RECORD_ROUTES: Route[] = [
  { method: 'GET', path: '/patients/:mrn/record', handler: screen },
  { method: 'GET', path: '/patients/:mrn/record/panel', handler: recordPanel },
  { method: 'GET', path: '/patients/:mrn/record/results', handler: resultsPanel },
];
