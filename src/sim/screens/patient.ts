// The patient record: banner, the actions staff take from it (the variant decides which exist),
// and the patient's referrals, appointments, waiting list entries, encounters and allergies.
import type { Ctx, Res, Route } from '../context.js';
import { patientName, type Patient } from '../data/store.js';
import { page } from '../ui/layout.js';
import { latePanel } from '../ui/late.js';
import { actionBar, esc, linkButton, table } from '../ui/html.js';
import { showDay } from '../data/dates.js';
import { doneMessage, withPatient } from './common.js';
import { clinicByCode } from '../data/seed.js';

function actions(ctx: Ctx, p: Patient): string {
  const items = Object.values(ctx.cfg.patientActions).filter((a) => !a.absent).map((a) =>
    a.kind === 'link'
      ? linkButton(a.label, `/patients/${p.mrn}/${a.href ?? ''}`)
      : `<button type="button" data-announce="Sent to the ward printer">${esc(a.label)}</button>`);
  return actionBar('Patient actions', items.join(''));
}

function sections(ctx: Ctx, p: Patient): string {
  const s = ctx.store;
  const refs = s.referrals.filter((r) => r.mrn === p.mrn).map((r) => [esc(r.id), esc(r.specialty), esc(r.priority), esc(r.source), esc(showDay(r.received)), esc(showDay(r.clockStart))]);
  const appts = s.patientAppointments(p.mrn).map((a) => {
    const clinic = clinicByCode(a.clinic);
    const act = !a.attendance && a.day <= ctx.today ? `<a href="/appointments/${esc(a.id)}/outcome">Record outcome</a>` : esc(a.attendance ?? 'Booked');
    return [`${esc(showDay(a.day))} ${esc(a.time)}`, esc(clinic ? `${clinic.name}` : a.clinic), esc(a.type), act];
  });
  const wl = s.waitingList.filter((w) => w.mrn === p.mrn).map((w) => [esc(w.id), esc(w.specialty), esc(w.procedure), esc(w.management), esc(w.tci === null ? 'Not set' : showDay(w.tci))]);
  const enc = s.patientEncounters(p.mrn).map((e) => [`<a href="/encounters/${esc(e.fin)}">${esc(e.fin)}</a>`, esc(e.ward), esc(showDay(e.admitted)), esc(e.discharged === undefined ? 'Inpatient' : `Discharged ${showDay(e.discharged)}`)]);
  const allergies = p.allergies.map((a) => [esc(a.substance), esc(a.type), esc(a.reaction || '-'), esc(a.severity), esc(a.status)]);
  return `<div class="columns">
<section class="panel" aria-labelledby="h-appts"><h2 id="h-appts">Appointments</h2>${table({ caption: 'Appointments', captionHidden: true, headers: ['When', 'Clinic', 'Type', 'Status'], rows: appts, empty: 'No appointments' })}</section>
<section class="panel" aria-labelledby="h-refs"><h2 id="h-refs">Referrals</h2>${table({ caption: 'Referrals', captionHidden: true, headers: ['Referral', 'Specialty', 'Priority', 'Source', 'Received', 'Clock start'], rows: refs, empty: 'No open referrals' })}</section>
</div>
<div class="columns">
<section class="panel" aria-labelledby="h-wl"><h2 id="h-wl">Waiting list</h2>${table({ caption: 'Waiting list entries', captionHidden: true, headers: ['Entry', 'Specialty', 'Procedure', 'Intended management', 'To come in'], rows: wl, empty: 'Not on a waiting list' })}</section>
<section class="panel" aria-labelledby="h-enc"><h2 id="h-enc">Encounters</h2>${table({ caption: 'Encounters', captionHidden: true, headers: ['FIN', 'Ward', 'Admitted', 'Status'], rows: enc, empty: 'No inpatient encounters' })}</section>
</div>
<section class="panel" aria-labelledby="h-allergy"><h2 id="h-allergy">Allergies and adverse reactions</h2>${table({ caption: 'Allergies', captionHidden: true, headers: ['Substance', 'Type', 'Reaction', 'Severity', 'Status'], rows: allergies, empty: p.allergyState === 'none' ? 'No known allergies' : 'Allergies not recorded' })}</section>`;
}

function summary(ctx: Ctx): Res {
  return withPatient(ctx, (p) => page(ctx, {
    title: patientName(p), screen: 'patient', patient: p,
    body: `${doneMessage(ctx)}<h1>Patient summary</h1>
${actions(ctx, p)}
${sections(ctx, p)}
${latePanel(ctx, 'Recent results', '<ul class="messages"><li>Full blood count: reviewed</li><li>Urea and electrolytes: reviewed</li></ul>')}`,
  }));
}

export const PATIENT_ROUTES: Route[] = [{ method: 'GET', path: '/patients/:mrn', handler: summary }];
