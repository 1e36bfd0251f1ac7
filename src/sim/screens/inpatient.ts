// Admit, transfer and discharge: an admission opens an encounter (with its FIN, the financial
// number Millennium keeps per encounter); transfer moves it between wards; discharge closes it.
import type { Ctx, Res, Route } from '../context.js';
import { ownTrust, redirect } from '../context.js';
import type { Encounter, Patient } from '../data/store.js';
import type { FormDef } from '../variants/types.js';
import { parseDay, showDay } from '../data/dates.js';
import { page } from '../ui/layout.js';
import { initialValues, pick, renderForm, validate, type Errors, type Values } from '../ui/forms.js';
import { details, esc, linkButton } from '../ui/html.js';
import { doneMessage, notFound, withPatient } from './common.js';

const wards = (ctx: Ctx): string[] => ctx.store.wards(ownTrust(ctx));

function formPage(ctx: Ctx, f: FormDef, p: Patient, action: string, values: Values, errors: Errors, screen: string, cancel: string): Res {
  return page(ctx, {
    title: f.heading, screen, patient: p,
    body: `<h1>${esc(f.heading)}</h1>${renderForm({ form: f, values, errors, action, id: `${screen}-form`, options: { ward: wards(ctx) }, cancelHref: cancel, flaky: true })}`,
  });
}

function admit(ctx: Ctx, p: Patient, posted: boolean): Res {
  const f = ctx.cfg.forms.admit;
  const action = `/patients/${p.mrn}/admit`;
  if (!posted) return formPage(ctx, f, p, action, initialValues(f, ctx.today), {}, 'admit', `/patients/${p.mrn}`);
  const v = pick(f, ctx.form);
  const errors = validate(f, v, { ward: wards(ctx) });
  if (Object.keys(errors).length) return formPage(ctx, f, p, action, v, errors, 'admit', `/patients/${p.mrn}`);
  const e = ctx.store.admit({ mrn: p.mrn, method: v.method ?? '', specialty: v.specialty ?? '', ward: v.ward ?? '', bed: v.bed ?? '', admitted: parseDay(v.date ?? '') ?? ctx.today });
  return redirect(`/encounters/${e.fin}?done=admitted`);
}

function withEncounter(ctx: Ctx, fn: (e: Encounter, p: Patient) => Res): Res {
  const e = ctx.store.encounters.get(ctx.params.fin ?? '');
  return e ? fn(e, ctx.store.patients.get(e.mrn)!) : notFound(ctx, 'encounter');
}

function encounterPage(ctx: Ctx, e: Encounter, p: Patient): Res {
  const open = e.discharged === undefined;
  const links = open ? linkButton('Transfer', `/encounters/${e.fin}/transfer`) + linkButton('Discharge', `/encounters/${e.fin}/discharge`) : '';
  return page(ctx, {
    title: `Encounter ${e.fin}`, screen: 'encounter', patient: p,
    body: `${doneMessage(ctx)}<h1>Inpatient encounter</h1>
${details([['FIN', `<span class="fin">${esc(e.fin)}</span>`], ['Admission method', esc(e.method)], ['Specialty', esc(e.specialty)], ['Ward', esc(e.ward)], ['Bed', esc(e.bed || '-')], ['Admitted', esc(showDay(e.admitted))], ['Transfers', esc(e.transfers.join('; ') || 'None')], ['Status', esc(open ? 'Inpatient' : `Discharged ${showDay(e.discharged!)} (${e.dischargeMethod})`)]])}
<div class="action-bar" role="toolbar" aria-label="Encounter actions">${links}${linkButton('Back to patient', `/patients/${p.mrn}`)}</div>`,
  });
}

function transfer(ctx: Ctx, e: Encounter, p: Patient, posted: boolean): Res {
  const f = ctx.cfg.forms.transfer;
  const action = `/encounters/${e.fin}/transfer`;
  if (!posted) return formPage(ctx, f, p, action, {}, {}, 'transfer', `/encounters/${e.fin}`);
  const v = pick(f, ctx.form);
  const errors = validate(f, v, { ward: wards(ctx) });
  if (Object.keys(errors).length) return formPage(ctx, f, p, action, v, errors, 'transfer', `/encounters/${e.fin}`);
  e.transfers.push(`${e.ward} to ${v.ward}`);
  e.ward = v.ward ?? e.ward;
  e.bed = v.bed ?? '';
  return redirect(`/encounters/${e.fin}?done=transferred`);
}

function discharge(ctx: Ctx, e: Encounter, p: Patient, posted: boolean): Res {
  const f = ctx.cfg.forms.discharge;
  const action = `/encounters/${e.fin}/discharge`;
  if (!posted) return formPage(ctx, f, p, action, initialValues(f, ctx.today), {}, 'discharge', `/encounters/${e.fin}`);
  const v = pick(f, ctx.form);
  const errors = validate(f, v);
  if (Object.keys(errors).length) return formPage(ctx, f, p, action, v, errors, 'discharge', `/encounters/${e.fin}`);
  e.discharged = parseDay(v.date ?? '') ?? ctx.today;
  e.dischargeMethod = v.method;
  return redirect(`/encounters/${e.fin}?done=discharged`);
}

export const INPATIENT_ROUTES: Route[] = [
  { method: 'GET', path: '/patients/:mrn/admit', handler: (ctx) => withPatient(ctx, (p) => admit(ctx, p, false)) },
  { method: 'POST', path: '/patients/:mrn/admit', handler: (ctx) => withPatient(ctx, (p) => admit(ctx, p, true)) },
  { method: 'GET', path: '/encounters/:fin', handler: (ctx) => withEncounter(ctx, (e, p) => encounterPage(ctx, e, p)) },
  { method: 'GET', path: '/encounters/:fin/transfer', handler: (ctx) => withEncounter(ctx, (e, p) => transfer(ctx, e, p, false)) },
  { method: 'POST', path: '/encounters/:fin/transfer', handler: (ctx) => withEncounter(ctx, (e, p) => transfer(ctx, e, p, true)) },
  { method: 'GET', path: '/encounters/:fin/discharge', handler: (ctx) => withEncounter(ctx, (e, p) => discharge(ctx, e, p, false)) },
  { method: 'POST', path: '/encounters/:fin/discharge', handler: (ctx) => withEncounter(ctx, (e, p) => discharge(ctx, e, p, true)) },
];
