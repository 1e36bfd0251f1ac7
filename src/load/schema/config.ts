// The surface syntax of parity.config.yaml. Defaults are not applied here (see config-defaults.ts)
// so that the JSON Schema describes what a person may write, and validation only judges it.
import * as z from 'zod';
import { SEVERITIES } from '../../model/config.js';
import { actionList } from './actions.js';
import { ENV_NAME, JOURNEY_ID } from './journey.js';
import { locator } from './locator.js';
import { CODES } from '../codes.js';

const scalar = z.union([z.string(), z.number(), z.boolean()]);
const vars = z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_-]*$/), scalar).describe('Values for ${vars.NAME} in journeys');
const viewport = z.strictObject({ width: z.number().int().min(200).max(10_000), height: z.number().int().min(200).max(20_000) });

const simFaults = z.strictObject({
  latencyMs: z.number().int().min(0).optional(),
  errorRate: z.number().min(0).max(1).optional(),
  downAfter: z.number().int().min(0).optional(),
  slowElementMs: z.number().int().min(0).optional(),
  flaky: z.boolean().optional(),
  seed: z.number().int().optional(),
});

export const environmentSchema = z
  .strictObject({
    baseUrl: z.string().min(1).optional().describe('Where the environment is served, e.g. https://pas-train.example.nhs.uk/'),
    sim: z
      .strictObject({ variant: z.string().min(1), now: z.string().min(1).optional(), faults: simFaults.optional() })
      .optional()
      .describe('Use the embedded simulated EHR instead of a baseUrl'),
    label: z.string().min(1).optional(),
    signIn: z
      .strictObject({
        path: z.string().min(1).optional().describe('The sign-in page (default /)'),
        actions: actionList.min(1).optional().describe('Actions run once to sign in; values may use ${secret.NAME}'),
        storageState: z
          .string()
          .min(1)
          .optional()
          .describe('For a sign-in no script can do (smartcard, single sign-on, MFA): the file `parity login` saves the signed-in session to, and runs reuse until it expires. Outside run directories; ~ is your home folder'),
      })
      .superRefine((v, ctx) => {
        if ((v.actions === undefined) === (v.storageState === undefined)) {
          ctx.addIssue({ code: 'custom', message: 'signIn needs exactly one of actions (a scripted sign-in) and storageState (a person signs in with parity login)', path: [], params: { code: CODES.conflict } });
        }
      })
      .optional()
      .describe('How to sign in: scripted actions run once per run, or a session saved by parity login'),
    writes: z.enum(['blocked', 'allowed']).optional().describe('blocked (default): every request that could change data is aborted'),
    blockUrls: z.array(z.string().min(1)).optional().describe('URL substrings or /regex/ blocked even for GET'),
    concurrency: z.number().int().min(1).max(32).optional(),
    viewport: viewport.optional(),
    locale: z.string().min(1).optional(),
    timezone: z.string().min(1).optional(),
    headers: z.record(z.string().min(1), z.string()).optional().describe('Sent with every request; values may use ${secret.NAME} (credentials go here, never in baseUrl)'),
    allowOrigins: z
      .array(z.string().min(1))
      .optional()
      .describe('Other origins (https://host[:port]) journeys may go to with goto/start, e.g. a single sign-on server; the baseUrl origin is always allowed'),
    vars: vars.optional(),
  })
  .meta({ id: 'Environment' });

const pattern = { pattern: z.string().min(1), flags: z.string().regex(/^[dgimsuvy]*$/).optional() };

export const configSchema = z
  .strictObject({
    reference: z.string().min(1).describe('The environment every other one is compared with'),
    environments: z.record(z.string().regex(ENV_NAME), environmentSchema).describe('Name -> environment (train, live, live-south, ...)'),
    specs: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional().describe('Globs of journey files (default specs/**/*.yaml)'),
    baselines: z.string().min(1).optional(),
    acceptances: z.string().min(1).optional(),
    viewport: viewport.optional(),
    locale: z.string().min(1).optional(),
    timezone: z.string().min(1).optional(),
    concurrency: z.number().int().min(1).max(32).optional(),
    masks: z
      .array(z.strictObject({ selector: locator, journeys: z.array(z.string().regex(JOURNEY_ID)).optional(), envs: z.array(z.string().min(1)).optional() }))
      .optional(),
    normalise: z
      .strictObject({
        defaults: z.boolean().optional().describe('NHS numbers, MRN/FIN, dates, times, ages, invisible characters'),
        testPatients: z.array(z.string().min(1)).optional(),
        rules: z.array(z.strictObject({ name: z.string().min(1), ...pattern, replace: z.string() })).optional(),
      })
      .optional(),
    redact: z
      .array(
        z
          .strictObject({ pattern: pattern.pattern.optional(), flags: pattern.flags, region: locator.optional(), replace: z.string().optional() })
          .superRefine((v, ctx) => {
            if (v.pattern === undefined && v.region === undefined) {
              ctx.addIssue({ code: 'custom', message: 'a redact rule needs a pattern (text) or a region (screenshot)', path: [], params: { code: CODES.missing } });
            }
          }),
      )
      .optional(),
    visual: z
      .strictObject({ threshold: z.number().min(0).max(1).optional(), maxDiffPixelRatio: z.number().min(0).max(1).optional(), includeAA: z.boolean().optional() })
      .optional(),
    failOn: z.enum(SEVERITIES as unknown as [string, ...string[]]).optional().describe('Lowest severity that fails a run'),
    browser: z
      .strictObject({
        executablePath: z.string().min(1).optional(),
        channel: z.enum(['msedge', 'chrome']).optional().describe('Use the installed Microsoft Edge or Google Chrome (searched at its Windows, macOS and Linux install paths)'),
        connect: z.strictObject({ wsEndpoint: z.string().regex(/^wss?:\/\//), headers: z.record(z.string(), z.string()).optional() }).optional(),
        args: z.array(z.string()).optional(),
        headless: z.boolean().optional(),
        restarts: z.number().int().min(0).max(10).optional().describe('New browsers a run may start after its browser crashes or goes away (default 2)'),
      })
      .optional(),
    capture: z
      .strictObject({
        values: z.boolean().optional().describe('Record text typed into fields (off by default)'),
        fullPage: z.boolean().optional(),
        clock: z.string().min(1).optional().describe('Fixed clock for every environment (ISO date-time)'),
        actionTimeoutMs: z.number().int().min(100).max(600_000).optional(),
        navigationTimeoutMs: z.number().int().min(100).max(600_000).optional(),
        retries: z.number().int().min(0).max(10).optional(),
        continuePastBlocks: z.boolean().optional().describe('Where a trained control is gone but one stands in its place (same place, same id, close name), report the block and go on with it (default true)'),
      })
      .optional(),
    vars: vars.optional(),
  })
  .meta({ title: 'Parity config', description: 'parity.config.yaml: environments, reference, and how to capture and compare' });

export type ConfigInput = z.output<typeof configSchema>;
export type EnvironmentInput = z.output<typeof environmentSchema>;
