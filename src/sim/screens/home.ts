// The home page: the menus (grouped, in the variant's placement), today's clinics and the message
// centre; and the three list screens the menus lead to (clinic list, ward list, waiting list).
import type { Ctx, Res, Route } from '../context.js';
import { ownTrust } from '../context.js';
import { page } from '../ui/layout.js';
import { latePanel } from '../ui/late.js';
import { esc, table } from '../ui/html.js';
import { showDay } from '../data/dates.js';
import { SLOT_TIMES } from '../data/seed.js';
import { formatNhsNumber } from '../data/nhs-number.js';
import { patientName } from '../data/store.js';

/** The menubar: one group per menu, entries in the variant's order and placement. */
export function menubar(ctx: Ctx): string {
  const groups = ctx.cfg.menuGroups.map((g, gi) => {
    const items = Object.values(ctx.cfg.menu).filter((m) => m.group === g && !m.absent)
      .map((m) => `<li role="none"><a role="menuitem" href="${esc(m.href)}" tabindex="-1">${esc(m.label)}</a></li>`).join('');
    return `<li role="none" class="menu-group"><span class="menu-group-label" id="mg-${gi}">${esc(g)}</span><ul role="group" aria-labelledby="mg-${gi}">${items}</ul></li>`;
  }).join('');
  return `<nav aria-label="Main menu" class="menus"><ul role="menubar" aria-label="Main menu" class="menubar">${groups}</ul></nav>`;
}

function clinicRows(ctx: Ctx): string[][] {
  const trusts = [ownTrust(ctx)];
  return ctx.store.clinics(trusts).map((c) => {
    const free = SLOT_TIMES.filter((t) => ctx.store.slotState(c.code, ctx.today, t) === 'free').length;
    return [esc(c.code), esc(c.name), esc(c.clinician), String(SLOT_TIMES.length - free), String(free)];
  });
}

function home(ctx: Ctx): Res {
  const messages = `<ul class="messages"><li><strong>Pathology</strong> 3 results to review</li><li><strong>Bed bureau</strong> 2 admissions expected on Nightingale Ward</li><li><strong>PAS support</strong> Planned downtime ${esc(showDay(ctx.today + 5))} 22:00 to 23:30</li></ul>`;
  return page(ctx, {
    title: 'Home', screen: 'home',
    body: `<h1>Home</h1>
${menubar(ctx)}
<div class="columns">
<section class="panel" aria-labelledby="clinics-today"><h2 id="clinics-today">Today's clinics</h2>${table({ caption: "Today's clinics", captionHidden: true, headers: ['Code', 'Clinic', 'Clinician', 'Booked', 'Free'], rows: clinicRows(ctx) })}</section>
${latePanel(ctx, 'Message centre', messages)}
</div>`,
  });
}

function clinicList(ctx: Ctx): Res {
  const trusts = [ownTrust(ctx)];
  const codes = new Set(ctx.store.clinics(trusts).map((c) => c.code));
  const rows = [...ctx.store.appointments.values()].filter((a) => a.day === ctx.today && codes.has(a.clinic))
    .sort((a, b) => a.clinic.localeCompare(b.clinic) || a.time.localeCompare(b.time))
    .map((a) => {
      const p = ctx.store.patients.get(a.mrn)!;
      // Outcomed from here as from the patient's record: the clinic list is the clerk's worklist.
      const status = a.attendance ? esc(a.attendance) : `Booked <a href="/appointments/${esc(a.id)}/outcome">Record outcome</a>`;
      return [esc(a.time), esc(a.clinic), `<a href="/patients/${esc(p.mrn)}">${esc(patientName(p))}</a>`, esc(formatNhsNumber(p.nhs)), esc(a.type), status];
    });
  return page(ctx, { title: 'Clinic list', screen: 'clinics', body: `<h1>Clinic list</h1><p class="intro">Appointments on ${esc(showDay(ctx.today))}.</p>${table({ caption: 'Appointments today', headers: ['Time', 'Clinic', 'Patient', 'NHS number', 'Type', 'Status'], rows })}` });
}

function wardList(ctx: Ctx): Res {
  const rows = [...ctx.store.encounters.values()].filter((e) => e.discharged === undefined).map((e) => {
    const p = ctx.store.patients.get(e.mrn)!;
    return [esc(e.ward), esc(e.bed || '-'), `<a href="/encounters/${esc(e.fin)}">${esc(patientName(p))}</a>`, esc(e.fin), esc(showDay(e.admitted))];
  });
  return page(ctx, { title: 'Ward list', screen: 'wards', body: `<h1>Ward list</h1>${table({ caption: 'Current inpatients', headers: ['Ward', 'Bed', 'Patient', 'FIN', 'Admitted'], rows, empty: 'No inpatients' })}` });
}

function waitingList(ctx: Ctx): Res {
  const rows = ctx.store.waitingList.map((w) => {
    const p = ctx.store.patients.get(w.mrn)!;
    return [esc(w.id), `<a href="/patients/${esc(p.mrn)}">${esc(patientName(p))}</a>`, esc(w.specialty), esc(w.procedure), esc(w.management), esc(w.priority), esc(w.tci === null ? 'Not set' : showDay(w.tci))];
  });
  return page(ctx, { title: 'Waiting list', screen: 'waitingListView', body: `<h1>Waiting list</h1>${table({ caption: 'Inpatient and day case waiting list', headers: ['Entry', 'Patient', 'Specialty', 'Procedure', 'Intended management', 'Priority', 'To come in'], rows, empty: 'No entries added in this session' })}` });
}

export const HOME_ROUTES: Route[] = [
  { method: 'GET', path: '/home', handler: home },
  { method: 'GET', path: '/clinics', handler: clinicList },
  { method: 'GET', path: '/wards', handler: wardList },
  { method: 'GET', path: '/waiting-list', handler: waitingList },
];
