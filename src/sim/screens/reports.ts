// The monthly RTT incomplete-pathways report (waits in weekly bands, columns from the variant) and
// the CDS 020 outpatient extract preview. Both are GET forms: reading a report never writes.
import type { Ctx, Res, Route } from '../context.js';
import type { Appointment } from '../data/store.js';
import type { RttColumn } from '../variants/types.js';
import { type Clinic, clinicByCode } from '../data/seed.js';
import { SPECIALTY, codeOf } from '../data/codes.js';
import { monthLabel, monthRange, parseDay, previousMonth, showDay, typedDay, type DayNumber } from '../data/dates.js';
import { page } from '../ui/layout.js';
import { pick, renderForm, validate } from '../ui/forms.js';
import { actionBar, esc, statusMessage, table } from '../ui/html.js';
import { formatNhsNumber } from '../data/nhs-number.js';

/** The last six months, newest first, as "May 2026" with their 2026-05 keys. */
function months(today: DayNumber): { key: string; label: string }[] {
  const out: { key: string; label: string }[] = [];
  let key = previousMonth(today);
  for (let i = 0; i < 6; i++) {
    out.push({ key, label: monthLabel(key) });
    key = previousMonth(monthRange(key)!.first);
  }
  return out;
}

function cell(col: RttColumn, weeks: number[]): string {
  const within = (a: number, b: number) => weeks.filter((w) => w >= a && w < b).length;
  if (col.show === 'total') return String(weeks.length);
  if (col.show === 'over52') return String(within(52, Infinity));
  if (col.show === 'within18') return weeks.length ? `${((within(0, 18) / weeks.length) * 100).toFixed(1)}%` : '-';
  if (col.show === 'median') {
    const s = [...weeks].sort((a, b) => a - b);
    return s.length ? String(s[Math.floor((s.length - 1) / 2)]) : '-';
  }
  return String(within(col.show.band[0], col.show.band[1]));
}

function rtt(ctx: Ctx): Res {
  const f = ctx.cfg.forms.rttReport;
  const ms = months(ctx.today);
  const chosen = ms.find((m) => m.label === ctx.query.get('month'));
  const values = { month: chosen?.label ?? ms[0]!.label };
  let report = '';
  if (chosen) {
    const end = monthRange(chosen.key)!.last;
    const open = ctx.store.pathways.filter((p) => p.clockStart <= end);
    const bySpec = [...SPECIALTY].map((s) => open.filter((p) => p.specialty === s).map((p) => Math.floor((end - p.clockStart) / 7)));
    const all = bySpec.flat();
    const rows = [...SPECIALTY].map((s, i) => [esc(s), ...ctx.cfg.rttColumns.map((c) => cell(c, bySpec[i]!))]);
    rows.push([`<strong>${esc(ctx.cfg.rttTotalLabel)}</strong>`, ...ctx.cfg.rttColumns.map((c) => `<strong>${cell(c, all)}</strong>`)]);
    report = `${statusMessage(`Waits at the end of ${chosen.label}: ${all.length} incomplete pathways`)}
${table({ caption: `RTT incomplete pathways, ${chosen.label}`, headers: ['Treatment function', ...ctx.cfg.rttColumns.map((c) => c.label)], rows, className: 'report-table numeric', rowHeaders: true })}`;
  }
  return page(ctx, {
    title: f.heading, screen: 'rtt',
    body: `<h1>${esc(f.heading)}</h1><p class="intro">Patients waiting to start treatment at the end of the month, by weeks since the RTT clock started.</p>
${renderForm({ form: f, values, errors: {}, action: '/reports/rtt', method: 'get', id: 'rtt-form', options: { month: ms.map((m) => m.label) } })}
${report}`,
  });
}

type CdsRow = { a: Appointment; clinic: Clinic | undefined };
const CDS_FIELDS: Record<string, (r: CdsRow, ctx: Ctx) => string> = {
  'CDS ID': (r) => `BRZW${r.a.id.slice(1)}`,
  'NHS number': (r, ctx) => formatNhsNumber(ctx.store.patients.get(r.a.mrn)!.nhs),
  'Date of birth': (r, ctx) => showDay(ctx.store.patients.get(r.a.mrn)!.dob),
  Sex: (r, ctx) => codeOf(ctx.store.patients.get(r.a.mrn)!.sex),
  'Appointment date': (r) => showDay(r.a.day),
  'Clinic code': (r) => r.a.clinic,
  'Treatment function': (r) => (r.clinic ? codeOf(r.clinic.specialty) : ''),
  'First attendance': (r) => (r.a.type === 'New' ? '1' : '2'),
  Attendance: (r) => (r.a.attendance ? codeOf(r.a.attendance) : ''),
  Outcome: (r) => (r.a.outcome ? codeOf(r.a.outcome) : ''),
  Priority: (r) => codeOf(r.a.priority),
  'Source of referral': (r) => codeOf(r.a.source),
};

function cds(ctx: Ctx): Res {
  const f = ctx.cfg.forms.cdsPreview;
  const submitted = ctx.query.has('from') || ctx.query.has('to');
  const values = submitted ? pick(f, { from: ctx.query.get('from') ?? '', to: ctx.query.get('to') ?? '' }) : { from: typedDay(ctx.today - 31), to: typedDay(ctx.today - 1) };
  const errors = submitted ? validate(f, values) : {};
  let preview = '';
  if (submitted && !Object.keys(errors).length) {
    const from = parseDay(values.from!)!, to = parseDay(values.to!)!;
    const rows = [...ctx.store.appointments.values()].filter((a) => a.attendance && a.day >= from && a.day <= to)
      .sort((x, y) => x.day - y.day || x.id.localeCompare(y.id))
      .map((a) => ({ a, clinic: clinicByCode(a.clinic) }))
      .map((r) => ctx.cfg.cdsColumns.map((col) => esc(CDS_FIELDS[col]?.(r, ctx) ?? '')));
    const buttons = ctx.cfg.cdsActions.map((b) => `<button type="button" data-announce="${esc(b)}: not available in this environment">${esc(b)}</button>`).join('');
    preview = `${statusMessage(`${rows.length} outpatient attendance records in the period`)}
${table({ caption: 'CDS 020 records', headers: ctx.cfg.cdsColumns, rows, className: 'report-table cds', empty: 'No records in the period' })}
${actionBar('Extract actions', buttons)}`;
  }
  return page(ctx, {
    title: f.heading, screen: 'cds',
    body: `<h1>${esc(f.heading)}</h1><p class="intro">Outpatient attendances as they will be sent to the Secondary Uses Service (CDS type 020).</p>
${renderForm({ form: f, values, errors, action: '/reports/cds-020', method: 'get', id: 'cds-form' })}
${preview}`,
  });
}

export const REPORT_ROUTES: Route[] = [
  { method: 'GET', path: '/reports/rtt', handler: rtt },
  { method: 'GET', path: '/reports/cds-020', handler: cds },
];
