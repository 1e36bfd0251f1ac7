// parity explore on the simulator: the read-only crawl from Home reaches the screen behind every
// menu entry, writes one ordinary journey per screen, and running those journeys on a live variant
// finds a planted difference visible without entering data (the real CLI, real Chromium).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cleanup, cli, project, simSignIn, type Project } from '../e2e/helpers-run.js';

let p: Project;
beforeAll(() => {
  p = project([]);
  p.config({
    reference: 'train',
    specs: ['specs/**/*.yaml'],
    environments: {
      // writes allowed here, and still the crawl sends nothing but GET: explore is read-only whatever the config says
      train: { sim: { variant: 'train' }, writes: 'allowed', signIn: simSignIn() },
      'live-south': { sim: { variant: 'live-south' }, signIn: simSignIn() },
    },
  });
});
afterAll(() => cleanup(p?.dir));

describe('parity explore', () => {
  it('reaches every menu screen read-only, writes journeys that validate, and they find a planted difference', async () => {
    const r = await cli(p.dir, ['explore', '--start', '/home', '--out', 'specs/explored', '--rows', '0', '--max-pages', '20']);
    expect(r.code, r.text).toBe(0);
    const files = readdirSync(join(p.dir, 'specs', 'explored')).sort();
    // Home and the screens behind its menus; the sign-out link of the toolbar is not followed.
    expect(files).toEqual([
      'screen-cds-020-outpatient-extract-preview.yaml', 'screen-clinic-list.yaml', 'screen-find-patient.yaml', 'screen-home.yaml',
      'screen-register-patient.yaml', 'screen-rtt-incomplete-pathways.yaml', 'screen-waiting-list.yaml', 'screen-ward-list.yaml',
    ]);
    expect(r.stdout.join('\n')).toMatch(/^8 screens found on train in [\d.]+ s; journeys in specs\/explored$/m);
    const reg = parse(readFileSync(join(p.dir, 'specs', 'explored', 'screen-register-patient.yaml'), 'utf8'));
    expect(reg).toEqual({ journey: 'screen-register-patient', title: 'Screen: Register patient', tags: ['explored'], start: '/patients/new', steps: [{ name: 'Register patient' }] });

    const again = await cli(p.dir, ['explore', '--start', '/home', '--out', 'specs/explored', '--rows', '0', '--max-pages', '2']);
    expect(again.code).toBe(2); // the journeys exist: nothing is overwritten without --force
    expect(again.stderr[0]).toMatch(/EXPLORE_EXISTS/);

    expect((await cli(p.dir, ['validate'])).code).toBe(0);
    const run = await cli(p.dir, ['run', '--journey', 'screen-register-patient', '--out', 'run', '--reporter', 'json']);
    expect(run.code, run.text).toBe(1);
    const report = JSON.parse(readFileSync(join(p.dir, 'run', 'report', 'report.json'), 'utf8')) as { divergences: { kind: string; message: string }[] };
    expect(report.divergences.some((d) => d.kind === 'required-changed' && /Overseas visitor status/.test(d.message))).toBe(true);
  }, 300_000);
});
