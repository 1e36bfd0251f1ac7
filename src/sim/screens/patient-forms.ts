// The screens that are one form about one patient: record a referral, add to the waiting list,
// record an allergy. Each is its variant's FormDef, shown, validated and saved the same way; only
// what a save does differs.
import type { Ctx, Res, Route } from '../context.js';
import { redirect } from '../context.js';
import type { Patient } from '../data/store.js';
import type { FormSet, VariantConfig } from '../variants/types.js';
import { page } from '../ui/layout.js';
import { initialValues, pick, renderForm, validate, type Errors, type Values } from '../ui/forms.js';
import { esc } from '../ui/html.js';
import { parseDay } from '../data/dates.js';
import { withPatient } from './common.js';

interface PatientForm {
  form: keyof FormSet;
  path: string; // under /patients/:mrn/
  screen: keyof VariantConfig['pageScripts'] | string;
  intro: string;
  save(ctx: Ctx, p: Patient, v: Values): void;
  done: keyof VariantConfig['messages'];
}

const FORMS: PatientForm[] = [
  {
    form: 'referral', path: 'referrals/new', screen: 'referral', done: 'referralSaved',
    intro: 'Record the referral as received. The RTT clock starts on the date the referral was received unless the pathway started earlier.',
    save: (ctx, p, v) => void ctx.store.addReferral({
      mrn: p.mrn, source: v.source ?? '', priority: v.priority ?? '', specialty: v.specialty ?? '',
      received: parseDay(v.received ?? '') ?? ctx.today, clockStart: parseDay(v.clockStart ?? '') ?? ctx.today,
    }),
  },
  {
    form: 'waitingList', path: 'waiting-list/new', screen: 'waitingList', done: 'waitingListSaved',
    intro: 'Add the patient to the inpatient or day case waiting list after the decision to admit.',
    save: (ctx, p, v) => void ctx.store.addToWaitingList({
      mrn: p.mrn, specialty: v.specialty ?? '', procedure: v.procedure ?? '', management: v.management ?? '', priority: v.priority ?? '',
      status: v.status ?? '', tci: v.tci ? parseDay(v.tci) : null, added: ctx.today,
    }),
  },
  {
    form: 'allergy', path: 'allergies/new', screen: 'allergy', done: 'allergySaved',
    intro: 'Record an allergy or adverse reaction. Severe reactions show in red on the patient banner.',
    save: (_ctx, p, v) => {
      p.allergies.push({ substance: v.substance ?? '', type: v.type ?? '', reaction: v.reaction ?? '', severity: v.severity ?? '', source: v.source ?? '', status: v.status ?? '' });
      p.allergyState = 'recorded';
    },
  },
];

function show(ctx: Ctx, pf: PatientForm, p: Patient, values: Values, errors: Errors): Res {
  const f = ctx.cfg.forms[pf.form];
  return page(ctx, {
    title: f.heading, screen: pf.screen, patient: p,
    body: `<h1>${esc(f.heading)}</h1><p class="intro">${esc(pf.intro)}</p>
${renderForm({ form: f, values, errors, action: `/patients/${p.mrn}/${pf.path}`, id: `${pf.form}-form`, cancelHref: `/patients/${p.mrn}`, flaky: true })}`,
  });
}

function post(ctx: Ctx, pf: PatientForm, p: Patient): Res {
  const f = ctx.cfg.forms[pf.form];
  const values = pick(f, ctx.form);
  const errors = validate(f, values);
  if (Object.keys(errors).length) return show(ctx, pf, p, values, errors);
  pf.save(ctx, p, values);
  return redirect(`/patients/${p.mrn}?done=${pf.done}`);
}

export const PATIENT_FORM_ROUTES: Route[] = FORMS.flatMap((pf): Route[] => [
  { method: 'GET', path: `/patients/:mrn/${pf.path}`, handler: (ctx) => withPatient(ctx, (p) => show(ctx, pf, p, initialValues(ctx.cfg.forms[pf.form], ctx.today), {})) },
  { method: 'POST', path: `/patients/:mrn/${pf.path}`, handler: (ctx) => withPatient(ctx, (p) => post(ctx, pf, p)) },
]);
