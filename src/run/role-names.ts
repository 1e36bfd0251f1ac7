// Roles as Chromium's accessibility tree names them, turned into the ARIA roles Playwright's
// getByRole (and so a journey's `role:`) takes. Used where a role comes from the browser or from a
// DevTools recording (whose aria/ selectors carry Chromium's names) rather than from a trainer.
import { ARIA_ROLES } from '../load/schema/locator.js';

const CHROME_ROLES: Record<string, string> = {
  MenuListOption: 'option', MenuListPopup: 'listbox', image: 'img', ListMarker: '', StaticText: '', LabelText: '',
  RootWebArea: '', InlineTextBox: '', LineBreak: '', Iframe: '', Section: 'region', DescriptionList: 'list',
};
const NO_ROLE = new Set(['generic', 'none', 'presentation', '']);

/** The ARIA role for a Chromium or ARIA role name; undefined when getByRole has no such role. */
export function ariaRole(role: string | undefined): string | undefined {
  if (role === undefined) return undefined;
  const r = Object.hasOwn(CHROME_ROLES, role) ? CHROME_ROLES[role]! : role;
  return NO_ROLE.has(r) || !(ARIA_ROLES as readonly string[]).includes(r) ? undefined : r;
}

/** Roles of things a person types into or chooses from: found by their label, as trainers write. */
export const LABELLED_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'listbox', 'spinbutton', 'slider']);
