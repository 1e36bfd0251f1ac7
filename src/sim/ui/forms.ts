// A whole form from its FormDef: sections as fieldsets in the variant's order, the variant's
// buttons, and server-side validation with messages next to each field. Forms carry `novalidate`
// so the server's messages (in the page, role=alert) are what a person and a capture see,
// not a browser bubble that exists nowhere in the DOM.
import type { FieldDef, FormDef } from '../variants/types.js';
import { parseDay, typedDay, type DayNumber } from '../data/dates.js';
import { isValidNhsNumber, nhsDigits } from '../data/nhs-number.js';
import { renderField } from './fields.js';
import { attrs, esc, linkButton } from './html.js';

export type Values = Record<string, string>;
export type Errors = Record<string, string>;

/** Fields shown by this variant, in display order. */
export function shownFields(form: FormDef): [string, FieldDef][] {
  const out: [string, FieldDef][] = [];
  for (const s of form.sections) {
    for (const id of s.fields) {
      const def = form.fields[id];
      if (def && !def.absent) out.push([id, def]);
    }
  }
  return out;
}

/** Start values: the variant's defaults, with "today" read from the sim's clock. */
export function initialValues(form: FormDef, today: DayNumber): Values {
  const v: Values = {};
  for (const [id, def] of Object.entries(form.fields)) {
    if (def.default === undefined) continue;
    v[id] = def.default === 'today' ? typedDay(today) : def.default;
  }
  return v;
}

/** Only the posted values of fields this variant shows (a hidden field never sneaks through). */
export function pick(form: FormDef, posted: Values): Values {
  const v: Values = {};
  for (const [id] of shownFields(form)) v[id] = (posted[id] ?? '').trim();
  return v;
}

export function validate(form: FormDef, values: Values, options: Record<string, readonly string[]> = {}): Errors {
  const errors: Errors = {};
  for (const [id, def] of shownFields(form)) {
    const v = values[id] ?? '';
    const name = def.label;
    if (!v) {
      if (def.required) errors[id] = ['select', 'radio', 'combobox'].includes(def.kind) ? `Select ${lowerFirst(name)}` : `Enter ${lowerFirst(name)}`;
      continue;
    }
    const list = options[id] ?? def.options;
    if ((def.kind === 'select' || def.kind === 'radio' || def.kind === 'combobox') && list && !list.includes(v)) errors[id] = `Select ${lowerFirst(name)} from the list`;
    else if (def.kind === 'date' && parseDay(v) === null) errors[id] = `${name} must be a real date, like 01/06/2026`;
    else if (def.kind === 'nhs' && !nhsDigits(v)) errors[id] = `${name} must be 10 digits`;
    else if (def.kind === 'nhs' && !isValidNhsNumber(v)) errors[id] = `${name} ${v} is not valid: the check digit does not match`;
  }
  return errors;
}

function lowerFirst(s: string): string {
  // "NHS number", "RTT status" keep their capitals; ordinary words are lowered.
  return /^[A-Z]{2}/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

export interface FormRender {
  form: FormDef;
  values: Values;
  errors: Errors;
  action: string;
  method?: 'get' | 'post';
  id?: string;
  /** Code lists computed at request time (wards, clinics, GP practices, months). */
  options?: Record<string, readonly string[]>;
  /** Markup placed after the sections (the slot grid). */
  extra?: string;
  /** Replaces the submit button (the booking screen opens a dialog instead). */
  submitHtml?: string;
  cancelHref?: string;
  /** Marks the primary button as the element that may appear late under --flaky. */
  flaky?: boolean;
  /** Extra attributes on the <form> (data-* hooks for the client script). */
  attrs?: Record<string, string>;
}

export function renderForm(r: FormRender): string {
  const method = r.method ?? 'post';
  const sections = r.form.sections.map((s) => {
    const fields = s.fields
      .filter((id) => r.form.fields[id] && !r.form.fields[id]!.absent)
      .map((id) => renderField({ id, def: r.form.fields[id]!, value: r.values[id] ?? '', error: r.errors[id], options: r.options?.[id] }))
      .join('\n');
    return `<fieldset class="section"><legend>${esc(s.legend)}</legend><div class="fields">\n${fields}\n</div></fieldset>`;
  }).join('\n');
  const count = Object.keys(r.errors).length;
  const summary = count ? `<div class="error-summary" role="alert"><strong>${count === 1 ? 'There is a problem' : `There are ${count} problems`}</strong> with this form: check the fields marked below.</div>` : '';
  const submit = r.submitHtml ?? `<button${attrs({ type: 'submit', class: `primary${r.flaky ? ' flaky-target' : ''}` })}>${esc(r.form.submit)}</button>`;
  const secondary = (r.form.secondary ?? []).map((s) => `<button type="${method === 'get' && s === 'Clear' ? 'reset' : 'button'}">${esc(s)}</button>`).join('');
  const cancel = r.cancelHref ? linkButton('Cancel', r.cancelHref) : '';
  return `${summary}<form${attrs({ method, action: r.action, id: r.id, novalidate: true, class: 'pas-form', ...r.attrs })}>\n${sections}\n${r.extra ?? ''}<div class="actions">${submit}${secondary}${cancel}</div></form>`;
}
