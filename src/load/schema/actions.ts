// The actions of a step, one map key each: `- click: { role: button, name: Save }`.
// ACTION_SCHEMAS is what each action's value must be; actionItem is the list item as a union,
// which the JSON Schema needs for editors. Validation dispatches on the key itself (see issues.ts)
// so a misspelt action gets "unknown action 'clik'" instead of eleven failed alternatives.
import * as z from 'zod';
import type { ActionKind } from '../../model/journey.js';
import { CODES } from '../codes.js';
import { checkLocator, locator, locatorShape, screenText } from './locator.js';

export const ACTION_KINDS: readonly ActionKind[] = ['goto', 'click', 'fill', 'type', 'select', 'check', 'uncheck', 'press', 'hover', 'wait', 'expect'];

function locatorWith<T extends z.core.$ZodLooseShape>(extra: T, description: string) {
  return z
    .strictObject({ ...locatorShape(), ...extra })
    .superRefine((v, ctx) => checkLocator(v, ctx))
    .describe(description);
}

const EXPECT_ELEMENT = ['visible', 'hidden', 'enabled', 'disabled', 'text', 'value', 'count'] as const;
const EXPECT_PAGE = ['url', 'title'] as const;

export const expectation = z
  .strictObject({
    target: locator.optional().describe('The element the assertions are about'),
    visible: z.boolean().optional(),
    hidden: z.boolean().optional(),
    enabled: z.boolean().optional(),
    disabled: z.boolean().optional(),
    text: screenText.optional().describe('The element contains this text'),
    value: screenText.optional().describe('The field holds this value'),
    count: z.number().int().min(0).optional().describe('How many visible elements match'),
    url: z.string().min(1).optional().describe('The address contains this path'),
    title: screenText.optional().describe('The page title contains this'),
  })
  .superRefine((v, ctx) => {
    const issue = (code: string, message: string, path: PropertyKey[] = []) => ctx.addIssue({ code: 'custom', message, path, params: { code } });
    const element = EXPECT_ELEMENT.filter((k) => v[k] !== undefined);
    if (v.target === undefined && element.length > 0) issue(CODES.locator, `'${element[0]}' is about an element; add target: { ... } to say which`);
    else if (v.target === undefined && !EXPECT_PAGE.some((k) => v[k] !== undefined)) issue(CODES.missing, `expect needs a target or one of url, title`);
    if (v.visible === true && v.hidden === true) issue(CODES.conflict, `visible and hidden cannot both be true`, ['hidden']);
    if (v.enabled === true && v.disabled === true) issue(CODES.conflict, `enabled and disabled cannot both be true`, ['disabled']);
  })
  .describe('Assert what the trainee should see: target plus visible/hidden/enabled/disabled/text/value/count, or page url/title');

export const ACTION_SCHEMAS: Record<ActionKind, z.ZodType> = {
  goto: z.string().min(1).describe('Go to a path on the environment (e.g. /patients/search) or an absolute URL'),
  click: locator,
  fill: locatorWith({ value: screenText.describe('Text to put in the field') }, 'Fill a field at once'),
  type: locatorWith({ value: screenText.describe('Text to type key by key') }, 'Type key by key (masked inputs that reject a pasted value)'),
  select: locatorWith({ option: screenText.describe('The option as shown on screen') }, 'Choose an option of a select or combobox'),
  check: locator,
  uncheck: locator,
  press: z
    .union([
      z.string().min(1),
      z.strictObject({ key: z.string().min(1), target: locator.optional() }),
    ])
    .describe('Press a key (Enter, Tab, Escape, Control+S), optionally on a target'),
  hover: locator,
  wait: z
    .union([
      z.number().int().min(0).max(60_000).describe('milliseconds (discouraged: wait for something instead)'),
      z.strictObject({ for: locator }),
    ])
    .describe('Wait until an element is shown ({ for: <locator> }), or a number of ms'),
  expect: expectation,
};

/** One list item of `actions`, for the JSON Schema: exactly one action key. */
export const actionItem = z
  .union(ACTION_KINDS.map((k) => z.strictObject({ [k]: ACTION_SCHEMAS[k] })) as unknown as [z.ZodType, z.ZodType, ...z.ZodType[]])
  .meta({ id: 'Action', description: 'One action: goto, click, fill, type, select, check, uncheck, press, hover, wait or expect' });

export const actionList = z.array(actionItem);
