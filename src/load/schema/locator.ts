// Locators: how an action finds an element, in the words a person sees on screen.
// One "base" key says how (role, label, text, placeholder, testId; css last); modifiers refine it.
import * as z from 'zod';
import { CODES } from '../codes.js';

/** ARIA roles Playwright's getByRole accepts; a closed list so "buton" is caught and corrected. */
export const ARIA_ROLES = [
  'alert', 'alertdialog', 'application', 'article', 'banner', 'blockquote', 'button', 'caption', 'cell',
  'checkbox', 'code', 'columnheader', 'combobox', 'complementary', 'contentinfo', 'definition', 'deletion',
  'dialog', 'directory', 'document', 'emphasis', 'feed', 'figure', 'form', 'generic', 'grid', 'gridcell',
  'group', 'heading', 'img', 'insertion', 'link', 'list', 'listbox', 'listitem', 'log', 'main', 'marquee',
  'math', 'menu', 'menubar', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'meter', 'navigation', 'none',
  'note', 'option', 'paragraph', 'presentation', 'progressbar', 'radio', 'radiogroup', 'region', 'row',
  'rowgroup', 'rowheader', 'scrollbar', 'search', 'searchbox', 'separator', 'slider', 'spinbutton', 'status',
  'strong', 'subscript', 'superscript', 'switch', 'tab', 'table', 'tablist', 'tabpanel', 'term', 'textbox',
  'time', 'timer', 'toolbar', 'tooltip', 'tree', 'treegrid', 'treeitem',
] as const;

/** Ways to find an element, in the order a person would reach for them. */
export const LOCATOR_BASES = ['role', 'label', 'text', 'placeholder', 'testId', 'css'] as const;

/**
 * Words on screen. YAML reads `name: 2026` or `value: 0018` as numbers; they are accepted and the
 * loader takes the text exactly as typed from the source, so "0018" keeps its zeros.
 */
export const screenText = z.union([z.string(), z.number()]);

/** Keys every locator-bearing map has (click's map, fill's map with `value`, ...). */
export function locatorShape() {
  return {
    role: z.enum(ARIA_ROLES).optional().describe('ARIA role, e.g. button, link, textbox, combobox, menuitem, tab, heading'),
    name: screenText.optional().describe('Accessible name, with role (the words on the button or link)'),
    label: screenText.optional().describe('Text of the form label'),
    text: screenText.optional().describe('Visible text'),
    placeholder: screenText.optional().describe('Placeholder text of an input'),
    testId: z.string().min(1).optional().describe('data-testid attribute'),
    css: z.string().min(1).optional().describe('CSS selector: a last resort, it tells a trainer nothing'),
    exact: z.boolean().optional().describe('Match the whole name instead of a part of it'),
    nth: z.number().int().min(0).optional().describe('Which one (0-based) where several match'),
    within: z.lazy((): z.ZodType => locator).optional().describe('Look only inside this region'),
    // Frames are found without naming them; this only settles which panel when several have a match.
    frame: screenText.optional().describe('Look only in this frame (panel): part of its title, name or address'),
  };
}

type Ctx = z.core.$RefinementCtx<Record<string, unknown>>;

/** The rules a map of keys cannot express: exactly one base; `name` belongs to `role`. */
export function checkLocator(v: Record<string, unknown>, ctx: Ctx, what = 'this locator'): void {
  const bases = LOCATOR_BASES.filter((k) => v[k] !== undefined);
  const issue = (message: string, path: PropertyKey[] = []) =>
    ctx.addIssue({ code: 'custom', message, path, params: { code: CODES.locator } });
  if (bases.length === 0) {
    issue(`${what} does not say how to find the element; give one of ${LOCATOR_BASES.join(', ')} (e.g. { role: button, name: Save })`);
  } else if (bases.length > 1) {
    issue(`${what} gives ${bases.join(' and ')}; use one of them (narrow down with within or nth)`, [bases[1]!]);
  }
  if (v.name !== undefined && v.role === undefined) issue(`'name' goes with 'role' (e.g. { role: button, name: ... }); use text or label on its own`, ['name']);
  if (v.exact !== undefined && v.css !== undefined) issue(`'exact' does not apply to css`, ['exact']);
}

export const locator: z.ZodType = z
  .strictObject(locatorShape())
  .superRefine((v, ctx) => checkLocator(v, ctx))
  .meta({ id: 'Locator', description: 'How to find an element: one of role (+ name), label, text, placeholder, testId, css' });
