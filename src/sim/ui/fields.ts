// One form field, rendered from its FieldDef with accessible markup: a <label for> tied to the
// control, required and aria-required, help text by aria-describedby, and the validation message
// next to the field with role=alert and aria-errormessage. Parity finds controls by these.
import type { FieldDef } from '../variants/types.js';
import { attrs, esc } from './html.js';

export interface FieldRender {
  id: string; // the name attribute
  def: FieldDef;
  value: string;
  error?: string;
  /** Options computed at request time (wards, clinics, GP practices) instead of def.options. */
  options?: readonly string[];
}

const PLACEHOLDER = '-- Select --';

export function renderField(f: FieldRender): string {
  const { id, def } = f;
  const fid = `f-${id}`;
  const hintId = def.hint ? `${fid}-hint` : undefined;
  const errId = f.error ? `${fid}-error` : undefined;
  const aria = {
    required: def.required ?? false,
    'aria-required': def.required ? 'true' : undefined,
    'aria-describedby': hintId,
    'aria-invalid': f.error ? 'true' : undefined,
    'aria-errormessage': errId,
  };
  const hint = def.hint ? `<p class="hint" id="${hintId}">${esc(def.hint)}</p>` : '';
  const err = f.error ? `<p class="error-message" id="${errId}" role="alert">${esc(f.error)}</p>` : '';
  const cls = `field w-${def.width ?? 'm'}${f.error ? ' has-error' : ''}${def.required ? ' is-required' : ''}`;
  const options = f.options ?? def.options ?? [];

  if (def.kind === 'radio') {
    const radios = options.map((o, i) => `<label class="radio"><input${attrs({ type: 'radio', name: id, id: `${fid}-${i}`, value: o, checked: f.value === o, ...aria, 'aria-describedby': undefined })}> ${esc(o)}</label>`).join('');
    return `<fieldset class="${cls} radios"${attrs({ id: fid, 'aria-describedby': hintId })}><legend class="${def.required ? 'req' : ''}">${esc(def.label)}</legend><div class="control">${radios}${hint}${err}</div></fieldset>`;
  }
  if (def.kind === 'checkbox') {
    return `<div class="${cls} checkbox"><div class="control"><input${attrs({ type: 'checkbox', id: fid, name: id, value: 'on', checked: f.value === 'on', 'aria-describedby': hintId })}><label for="${fid}">${esc(def.label)}</label>${hint}${err}</div></div>`;
  }
  const label = `<label for="${fid}" id="${fid}-label" class="${def.required ? 'req' : ''}">${esc(def.label)}</label>`;
  let control: string;
  switch (def.kind) {
    case 'select': {
      const opts = [`<option value="">${PLACEHOLDER}</option>`, ...options.map((o) => `<option${attrs({ value: o, selected: f.value === o })}>${esc(o)}</option>`)];
      control = `<select${attrs({ id: fid, name: id, ...aria })}>${opts.join('')}</select>`;
      break;
    }
    case 'textarea':
      control = `<textarea${attrs({ id: fid, name: id, rows: 3, ...aria })}>${esc(f.value)}</textarea>`;
      break;
    case 'combobox':
      control = combobox(id, fid, f.value, options, aria);
      break;
    default: {
      const extra = def.kind === 'nhs' ? { inputmode: 'numeric', maxlength: 12, autocomplete: 'off', spellcheck: 'false' }
        : def.kind === 'date' ? { inputmode: 'numeric', maxlength: 10, autocomplete: 'off', placeholder: 'DD/MM/YYYY' }
          : def.kind === 'password' ? { autocomplete: 'current-password' } : { autocomplete: 'off' };
      // A password is never written back into a page, not even after a failed sign-in.
      const value = def.kind === 'password' ? '' : f.value;
      control = `<input${attrs({ type: def.kind === 'password' ? 'password' : 'text', id: fid, name: id, value, ...extra, ...aria })}>`;
    }
  }
  return `<div class="${cls}">${label}<div class="control">${control}${hint}${err}</div></div>`;
}

/**
 * A custom ARIA combobox (an editable input that owns a listbox), as real PAS screens have instead
 * of a native select: click or ArrowDown opens it, typing filters, Enter or a click picks.
 * The list is in the page (hidden) so its options can be read without opening it.
 */
function combobox(id: string, fid: string, value: string, options: readonly string[], aria: Record<string, string | boolean | undefined>): string {
  const listId = `${fid}-list`;
  const items = options.map((o, i) => `<li${attrs({ role: 'option', id: `${fid}-opt-${i}`, 'aria-selected': o === value ? 'true' : 'false', 'data-value': o })}>${esc(o)}</li>`).join('');
  const input = `<input${attrs({ type: 'text', id: fid, role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId, autocomplete: 'off', value, 'data-combo-input': id, ...aria })}>`;
  const toggle = `<button type="button" class="combo-toggle" tabindex="-1" aria-label="Show list" data-combo-toggle="${fid}">&#9662;</button>`;
  const list = `<ul${attrs({ id: listId, role: 'listbox', 'aria-labelledby': `${fid}-label`, class: 'combo-list', hidden: true })}>${items}</ul>`;
  return `<div class="combo" data-combo="${fid}">${input}${toggle}${list}<input type="hidden" name="${esc(id)}" value="${esc(value)}"></div>`;
}
