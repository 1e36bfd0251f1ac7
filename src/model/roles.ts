// Which ARIA roles are form fields: what a person fills in or chooses, as opposed to buttons, links
// and menu entries. One list for the runner's candidates and stand-ins and the comparer's matching.
export const FIELD_ROLES: ReadonlySet<string> = new Set(['textbox', 'searchbox', 'combobox', 'listbox', 'checkbox', 'radio', 'radiogroup', 'spinbutton', 'switch', 'slider']);
