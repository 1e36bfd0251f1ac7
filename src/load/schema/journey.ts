// The surface syntax of a journey file (specs/*.yaml), as trainers write it. Strict maps:
// a key the format does not have is an error, because a misspelt `comits: true` silently
// ignored would write to LIVE.
import * as z from 'zod';
import { actionList } from './actions.js';
import { locator } from './locator.js';
import { CODES } from '../codes.js';

export const JOURNEY_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const ENV_NAME = /^[a-z0-9]+([-_][a-z0-9]+)*$/;

const envNames = z.array(z.string().regex(ENV_NAME)).min(1);

export const stepSchema = z
  .strictObject({
    name: z.string().min(1).describe('The checkpoint, as the training material calls it'),
    actions: actionList.optional().describe('What the trainee does; then the page is captured'),
    only: envNames.optional().describe('Run this step only in these environments'),
    skip: envNames.optional().describe('Skip this step in these environments'),
    commits: z.boolean().optional().describe('The step saves data: skipped where the environment is read-only'),
    capture: z
      .strictObject({
        fullPage: z.boolean().optional(),
        screenshot: z.boolean().optional(),
        masks: z.array(locator).optional().describe('Regions painted over in the screenshot (clocks, counters)'),
      })
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.only && v.skip) ctx.addIssue({ code: 'custom', message: 'a step has only or skip, not both', path: ['skip'], params: { code: CODES.conflict } });
  })
  .meta({ id: 'Step' });

export const journeySchema = z
  .strictObject({
    journey: z.string().regex(JOURNEY_ID).describe('Id: lowercase letters, digits and dashes, unique across files'),
    title: z.string().min(1).optional().describe('What the journey is called in the report'),
    tags: z.array(z.string().min(1)).optional(),
    start: z.string().min(1).optional().describe('Path on the environment base URL to open first'),
    steps: z.array(stepSchema).min(1),
  })
  .meta({ title: 'Parity journey', description: 'A workflow driven through every environment, step by step' });

export type JourneyInput = z.output<typeof journeySchema>;
export type StepInput = z.output<typeof stepSchema>;
