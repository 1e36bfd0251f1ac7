// Patient search by NHS number, name or date of birth, with a results table. The form is a GET:
// a search is a read, so it is allowed on a read-only LIVE and its URL can be bookmarked.
import type { Ctx, Res, Route } from '../context.js';
import { page } from '../ui/layout.js';
import { renderForm, pick, validate, shownFields } from '../ui/forms.js';
import { actionBar, alertMessage, esc, linkButton, statusMessage, table } from '../ui/html.js';
import { nhsDigits, formatNhsNumber } from '../data/nhs-number.js';
import { ageOn, parseDay, showDay } from '../data/dates.js';
import { withoutCode } from '../data/codes.js';
import { patientName, type Patient } from '../data/store.js';

function matches(p: Patient, v: Record<string, string>): boolean {
  const nhs = v.nhs ? nhsDigits(v.nhs) : null;
  if (nhs && p.nhs !== nhs) return false;
  if (v.surname && !p.surname.toLowerCase().startsWith(v.surname.toLowerCase())) return false;
  if (v.forename && !p.forename.toLowerCase().startsWith(v.forename.toLowerCase())) return false;
  if (v.dob && p.dob !== parseDay(v.dob)) return false;
  return true;
}

/** What a person can do from the results (the variant decides which entries exist). */
function resultActions(ctx: Ctx): string {
  const items = Object.values(ctx.cfg.searchActions).filter((a) => !a.absent).map((a) =>
    a.kind === 'link' ? linkButton(a.label, a.href ?? '') : `<button type="button" data-announce="Sent to the printer">${esc(a.label)}</button>`);
  return actionBar('Search result actions', items.join(''));
}

function search(ctx: Ctx): Res {
  const form = ctx.cfg.forms.search;
  const posted: Record<string, string> = {};
  for (const [k, v] of ctx.query) posted[k] = v;
  const submitted = shownFields(form).some(([id]) => ctx.query.has(id));
  const values = pick(form, posted);
  const errors = submitted ? validate(form, values) : {};
  let results = '';
  if (submitted && !Object.keys(errors).length) {
    if (!Object.values(values).some(Boolean)) {
      results = alertMessage('Enter at least one search criterion: an NHS number, a surname or a date of birth.');
    } else {
      const found = [...ctx.store.patients.values()].filter((p) => matches(p, values));
      const rows = found.map((p) => [
        `<a href="/patients/${esc(p.mrn)}">${esc(patientName(p))}</a>`,
        `<span class="nhs-number">${esc(p.nhs ? formatNhsNumber(p.nhs) : 'Not known')}</span>`, esc(p.mrn),
        `${esc(showDay(p.dob))} (${ageOn(p.dob, ctx.today)}y)`, esc(withoutCode(p.sex)), esc(p.postcode), esc(withoutCode(p.gp)),
      ]);
      results = `${statusMessage(found.length === 1 ? '1 patient found' : `${found.length} patients found`)}
${resultActions(ctx)}
${table({ caption: 'Patient search results', headers: ['Name', 'NHS number', 'MRN', 'Date of birth', 'Sex', 'Postcode', 'GP practice'], rows, empty: 'No patients match the search', className: 'results' })}`;
    }
  }
  return page(ctx, {
    title: form.heading, screen: 'search',
    body: `<h1>${esc(form.heading)}</h1>
<div class="search-layout" role="search" aria-label="Patient search">${renderForm({ form, values, errors, action: '/patients/search', method: 'get', id: 'search-form', flaky: true })}</div>
${results}`,
  });
}

export const SEARCH_ROUTES: Route[] = [{ method: 'GET', path: '/patients/search', handler: search }];
