// Book an outpatient appointment: pick a clinic in a custom combobox, an appointment type, a slot
// in the grid, then confirm in a modal dialog. A slot, once booked, is taken: booking it again
// fails with 409 and a message, which is how a PAS behaves when two clerks race for one slot.
import type { Ctx, Res, Route } from '../context.js';
import { ownTrust, redirect } from '../context.js';
import { patientName, type Patient } from '../data/store.js';
import { type Clinic, clinicLabel, clinicText, SLOT_TIMES } from '../data/seed.js';
import { isoDay, parseDay, showDay, showDayLong } from '../data/dates.js';
import { page } from '../ui/layout.js';
import { initialValues, pick, renderForm, validate, type Errors, type Values } from '../ui/forms.js';
import { alertMessage, attrs, details, esc, linkButton } from '../ui/html.js';
import { doneMessage, notFound, withPatient } from './common.js';

/** The clinics this screen lists: the signed-in trust's, plus every trust's where the variant leaks. */
function clinicsShown(ctx: Ctx): Clinic[] {
  const own = ownTrust(ctx);
  const trusts = ctx.cfg.clinicsOfAllTrusts ? [own, ...ctx.cfg.trusts.map((t) => t.code).filter((t) => t !== own)] : [own];
  return trusts.flatMap((t) => ctx.store.clinics([t]));
}

function slotGrid(ctx: Ctx, clinic: Clinic, chosen: string, error?: string): string {
  const days = ctx.store.bookableDays();
  const head = `<tr><th scope="col">Time</th>${days.map((d) => `<th scope="col">${esc(showDayLong(d))}</th>`).join('')}</tr>`;
  const rows = SLOT_TIMES.map((t, ti) => `<tr><th scope="row">${t}</th>${days.map((d, di) => {
    const value = `${isoDay(d)} ${t}`;
    if (ctx.store.slotState(clinic.code, d, t) === 'taken') return '<td class="slot-taken">Booked</td>';
    const id = `slot-${di}-${ti}`;
    return `<td class="slot-free"><input${attrs({ type: 'radio', name: 'slot', id, value, required: true, checked: chosen === value })}><label for="${id}"><span class="visually-hidden">${esc(showDayLong(d))} </span>${t}</label></td>`;
  }).join('')}</tr>`).join('\n');
  const err = error ? `<p class="error-message" id="slot-error" role="alert">${esc(error)}</p>` : '';
  return `<fieldset class="section slots"><legend>Slots: ${esc(clinic.name)}</legend>${err}
<table class="grid slot-grid"><caption>Available slots</caption><thead>${head}</thead><tbody>\n${rows}\n</tbody></table></fieldset>`;
}

function dialog(ctx: Ctx, p: Patient): string {
  return `<div class="dialog-backdrop" hidden data-dialog-backdrop></div>
<div role="dialog" aria-modal="true" aria-labelledby="confirm-title" aria-describedby="confirm-desc" id="confirm-booking" class="dialog" hidden>
<h2 id="confirm-title">Confirm booking</h2>
<p id="confirm-desc">Book this appointment for ${esc(patientName(p))}?</p>
${details([['Clinic', '<span data-fill="clinic"></span>'], ['Slot', '<span data-fill="slot"></span>'], ['Appointment type', '<span data-fill="type"></span>']])}
<div class="actions"><button type="submit" form="booking-form" class="primary">Confirm booking</button><button type="button" data-close-dialog>Cancel</button></div>
</div>`;
}

function show(ctx: Ctx, p: Patient, values: Values, errors: Errors, banner = '', status = 200): Res {
  const f = ctx.cfg.forms.booking;
  const clinics = clinicsShown(ctx);
  const clinic = clinics.find((c) => clinicLabel(c) === values.clinic);
  const grid = clinic ? slotGrid(ctx, clinic, values.slot ?? '', errors.slot) : '<p class="hint">Choose a clinic to see its slots.</p>';
  const book = `<button type="button" class="primary flaky-target" data-open-dialog="confirm-booking">${esc(f.submit)}</button>`;
  const res = page(ctx, {
    title: f.heading, screen: 'booking', patient: p,
    body: `<h1>${esc(f.heading)}</h1>${banner}
${renderForm({ form: f, values, errors, action: `/patients/${p.mrn}/appointments/new`, id: 'booking-form', options: { clinic: clinics.map(clinicLabel) }, extra: grid, submitHtml: book, attrs: { 'data-reload-on-combo': 'clinic' }, cancelHref: `/patients/${p.mrn}` })}
${dialog(ctx, p)}`,
  });
  return { ...res, status };
}

function get(ctx: Ctx, p: Patient): Res {
  const v = initialValues(ctx.cfg.forms.booking, ctx.today);
  const clinic = ctx.query.get('clinic');
  const type = ctx.query.get('type');
  if (clinic) v.clinic = clinic;
  if (type) v.type = type;
  return show(ctx, p, v, {});
}

function post(ctx: Ctx, p: Patient): Res {
  const f = ctx.cfg.forms.booking;
  const clinics = clinicsShown(ctx);
  const values: Values = { ...pick(f, ctx.form), slot: (ctx.form.slot ?? '').trim() };
  const errors = validate(f, values, { clinic: clinics.map(clinicLabel) });
  const [dayText, time] = (values.slot ?? '').split(' ');
  const day = parseDay(dayText ?? '');
  if (!values.slot) errors.slot = 'Select a slot';
  else if (day === null || !time) errors.slot = 'Select a slot from the grid';
  if (Object.keys(errors).length) return show(ctx, p, values, errors);
  const clinic = clinics.find((c) => clinicLabel(c) === values.clinic)!;
  const r = ctx.store.book(p.mrn, clinic.code, day!, time!, values.type ?? '');
  if (!r.ok) {
    const msg = r.reason === 'taken' ? 'This slot has already been booked. Choose another slot.' : 'That slot is not available in this clinic.';
    return show(ctx, p, { ...values, slot: '' }, {}, alertMessage(msg), 409);
  }
  return redirect(`/appointments/${r.appointment.id}?done=booked`);
}

function confirmation(ctx: Ctx): Res {
  const a = ctx.store.appointments.get(ctx.params.id ?? '');
  if (!a) return notFound(ctx, 'appointment');
  const p = ctx.store.patients.get(a.mrn)!;
  return page(ctx, {
    title: 'Appointment', screen: 'appointment', patient: p,
    body: `${doneMessage(ctx)}<h1>Appointment details</h1>
${details([['Appointment', esc(a.id)], ['Clinic', esc(clinicText(a.clinic))], ['Date', esc(showDay(a.day))], ['Time', esc(a.time)], ['Type', esc(a.type)], ['Status', esc(a.attendance ?? 'Booked')]])}
<div class="actions">${linkButton('Back to patient', `/patients/${p.mrn}`)}${ctx.cfg.appointmentActions.map((b) => `<button type="button" data-announce="${esc(b)}: not available in this environment">${esc(b)}</button>`).join('')}</div>`,
  });
}

export const BOOKING_ROUTES: Route[] = [
  { method: 'GET', path: '/patients/:mrn/appointments/new', handler: (ctx) => withPatient(ctx, (p) => get(ctx, p)) },
  { method: 'POST', path: '/patients/:mrn/appointments/new', handler: (ctx) => withPatient(ctx, (p) => post(ctx, p)) },
  { method: 'GET', path: '/appointments/:id', handler: confirmation },
];
