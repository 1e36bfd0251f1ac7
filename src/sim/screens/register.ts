// Register a patient: demographics, ethnic category, administrative category, overseas visitor
// status and GP. Where the variant has a demographics trace, a valid form does not save at once:
// the entry is held and a "National demographics trace" screen comes first (the extra screen).
import type { Ctx, Res, Route } from '../context.js';
import { redirect } from '../context.js';
import { page } from '../ui/layout.js';
import { initialValues, pick, renderForm, validate, type Errors, type Values } from '../ui/forms.js';
import { esc, table } from '../ui/html.js';
import { GP_PRACTICES } from '../data/seed.js';
import { NHS_NUMBER_STATUS } from '../data/codes.js';
import { nhsDigits, formatNhsNumber } from '../data/nhs-number.js';
import { parseDay, showDay } from '../data/dates.js';

const GP_OPTIONS: readonly string[] = GP_PRACTICES.map((g) => `${g.code} ${g.name}`);

function form(ctx: Ctx, values: Values, errors: Errors): Res {
  const f = ctx.cfg.forms.register;
  return page(ctx, {
    title: f.heading, screen: 'register',
    body: `<h1>${esc(f.heading)}</h1><p class="intro">Search for the patient first: register only when no record exists.</p>
${renderForm({ form: f, values, errors, action: '/patients/new', id: 'register-form', options: { gp: GP_OPTIONS }, cancelHref: '/home', flaky: true })}`,
  });
}

function post(ctx: Ctx): Res {
  const f = ctx.cfg.forms.register;
  const values = pick(f, ctx.form);
  const errors = validate(f, values, { gp: GP_OPTIONS });
  const digits = values.nhs ? nhsDigits(values.nhs) : null;
  if (!errors.nhs && digits) {
    const existing = ctx.store.findByNhs(digits);
    if (existing) errors.nhs = `A patient with NHS number ${formatNhsNumber(digits)} is already registered (MRN ${existing.mrn})`;
  }
  if (Object.keys(errors).length) return form(ctx, values, errors);
  if (ctx.cfg.demographicsTrace && ctx.session) {
    ctx.store.pendingRegistrations.set(ctx.session.id, values);
    return redirect('/patients/new/trace');
  }
  return save(ctx, values);
}

function save(ctx: Ctx, v: Values): Res {
  const p = ctx.store.addPatient({
    nhs: v.nhs ? nhsDigits(v.nhs) ?? '' : '', title: v.title ?? '', surname: (v.surname ?? '').toUpperCase(), forename: v.forename ?? '',
    knownAs: v.knownAs ?? '', dob: parseDay(v.dob ?? '') ?? ctx.today, sex: v.sex ?? '', address: v.address ?? '', postcode: (v.postcode ?? '').toUpperCase(),
    phone: v.phone ?? '', ethnic: v.ethnic ?? '', adminCategory: v.adminCategory ?? '', overseas: v.overseas ?? '', gp: v.gp ?? '',
    allergies: [], allergyState: 'unknown',
  });
  return redirect(`/patients/${p.mrn}?done=registered`);
}

function trace(ctx: Ctx, errors: Errors = {}): Res {
  const pending = ctx.session ? ctx.store.pendingRegistrations.get(ctx.session.id) : undefined;
  if (!ctx.cfg.demographicsTrace || !pending) return redirect('/patients/new');
  const f = ctx.cfg.forms.trace;
  const nhs = pending.nhs ? nhsDigits(pending.nhs) : null;
  const dob = parseDay(pending.dob ?? '');
  const rows = [
    ['NHS number', nhs ? formatNhsNumber(nhs) : 'Not given', nhs ? formatNhsNumber(nhs) : 'No match: trace required'],
    ['Surname', pending.surname ?? '', (pending.surname ?? '').toUpperCase()],
    ['Forename', pending.forename ?? '', pending.forename ?? ''],
    ['Date of birth', dob === null ? '' : showDay(dob), dob === null ? '' : showDay(dob)],
    ['NHS number status', '', nhs ? NHS_NUMBER_STATUS[0] : NHS_NUMBER_STATUS[2]],
  ].map((r) => r.map(esc));
  return page(ctx, {
    title: f.heading, screen: 'trace',
    body: `<h1>${esc(f.heading)}</h1><p class="intro">The details entered were checked against the national Spine. Confirm which details to keep before the registration is saved.</p>
${table({ caption: 'Entered and traced details', headers: ['Item', 'Entered', 'Spine'], rows })}
${renderForm({ form: f, values: {}, errors, action: '/patients/new/trace', id: 'trace-form', cancelHref: '/patients/new' })}`,
  });
}

function postTrace(ctx: Ctx): Res {
  const pending = ctx.session ? ctx.store.pendingRegistrations.get(ctx.session.id) : undefined;
  if (!pending || !ctx.session) return redirect('/patients/new');
  const f = ctx.cfg.forms.trace;
  const errors = validate(f, pick(f, ctx.form));
  if (Object.keys(errors).length) return trace(ctx, errors);
  ctx.store.pendingRegistrations.delete(ctx.session.id);
  return save(ctx, pending);
}

export const REGISTER_ROUTES: Route[] = [
  { method: 'GET', path: '/patients/new', handler: (ctx) => form(ctx, initialValues(ctx.cfg.forms.register, ctx.today), {}) },
  { method: 'POST', path: '/patients/new', handler: post },
  { method: 'GET', path: '/patients/new/trace', handler: (ctx) => trace(ctx) },
  { method: 'POST', path: '/patients/new/trace', handler: postTrace },
];
