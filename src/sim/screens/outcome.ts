// Outcome an attendance: attendance, outcome and RTT status for one appointment. Where a variant
// has no RTT status field, the pathway's clock simply cannot be set here: that is the difference.
import type { Ctx, Res, Route } from '../context.js';
import { redirect } from '../context.js';
import type { Appointment } from '../data/store.js';
import { clinicText } from '../data/seed.js';
import { showDay } from '../data/dates.js';
import { page } from '../ui/layout.js';
import { initialValues, pick, renderForm, validate, type Errors, type Values } from '../ui/forms.js';
import { details, esc } from '../ui/html.js';
import { notFound } from './common.js';

function show(ctx: Ctx, a: Appointment, values: Values, errors: Errors): Res {
  const f = ctx.cfg.forms.outcome;
  const p = ctx.store.patients.get(a.mrn)!;
  return page(ctx, {
    title: f.heading, screen: 'outcome', patient: p,
    body: `<h1>${esc(f.heading)}</h1>
${details([['Clinic', esc(clinicText(a.clinic))], ['Date', esc(showDay(a.day))], ['Time', esc(a.time)], ['Appointment type', esc(a.type)], ['Priority', esc(a.priority)]], 'details inline')}
${renderForm({ form: f, values, errors, action: `/appointments/${a.id}/outcome`, id: 'outcome-form', cancelHref: `/patients/${p.mrn}`, flaky: true })}`,
  });
}

function withAppointment(ctx: Ctx, fn: (a: Appointment) => Res): Res {
  const a = ctx.store.appointments.get(ctx.params.id ?? '');
  return a ? fn(a) : notFound(ctx, 'appointment');
}

function post(ctx: Ctx, a: Appointment): Res {
  const f = ctx.cfg.forms.outcome;
  const values = pick(f, ctx.form);
  const errors = validate(f, values);
  if (Object.keys(errors).length) return show(ctx, a, values, errors);
  a.attendance = values.attendance;
  a.outcome = values.outcome;
  if (values.rtt) a.rtt = values.rtt;
  return redirect(`/patients/${a.mrn}?done=outcomeSaved`);
}

export const OUTCOME_ROUTES: Route[] = [
  { method: 'GET', path: '/appointments/:id/outcome', handler: (ctx) => withAppointment(ctx, (a) => show(ctx, a, initialValues(ctx.cfg.forms.outcome, ctx.today), {})) },
  { method: 'POST', path: '/appointments/:id/outcome', handler: (ctx) => withAppointment(ctx, (a) => post(ctx, a)) },
];
