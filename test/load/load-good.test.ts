// Good input loads into exactly the model the later stages read, with the documented defaults.
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULTS, loadConfig, loadJourneys } from '../../src/load/index.js';
import type { ParityConfig } from '../../src/model/config.js';
import type { Journey } from '../../src/model/journey.js';

const fixture = (p: string) => resolve('test/fixtures', p);

describe('config', () => {
  test('a minimal config gets every default', async () => {
    const dir = fixture('configs/minimal');
    const env = (name: string, baseUrl: string) => ({
      name, baseUrl, writes: 'blocked', blockUrls: [], concurrency: 2, viewport: { width: 1280, height: 800 },
      locale: 'en-GB', timezone: 'Europe/London', headers: {}, allowOrigins: [], vars: {},
    });
    const expected: ParityConfig = {
      file: `${dir}/parity.config.yaml`,
      dir,
      reference: 'train',
      environments: { train: env('train', 'http://localhost:8080/'), live: env('live', 'https://pas.example.nhs.uk/') } as ParityConfig['environments'],
      specs: ['specs/**/*.yaml'],
      baselines: 'baselines',
      acceptances: 'acceptances.yaml',
      masks: [],
      normalise: { defaults: true, rules: [], testPatients: [] },
      redact: [],
      visual: { threshold: 0.1, maxDiffPixelRatio: 0.0005, includeAA: false },
      failOn: 'major',
      browser: { headless: true, args: [], restarts: 2 },
      capture: { values: false, fullPage: true, actionTimeoutMs: 10000, navigationTimeoutMs: 15000, retries: 2, continuePastBlocks: true },
      vars: {},
    };
    expect(await loadConfig({ cwd: dir, env: {} })).toEqual(expected);
  });

  test('the example config of docs/journey-format.md loads as written', async () => {
    const c = await loadConfig({ cwd: fixture('configs/docs'), env: {} });
    expect(c.environments.train).toMatchObject({ sim: { variant: 'train', now: '2026-06-01T09:00' }, writes: 'allowed', baseUrl: '', label: 'Training domain' });
    expect(c.environments.train!.signIn!.actions.map((a) => a.text)).toEqual([
      'fill { label: Username, value: trainer1 }',
      'fill { label: Password, value: "${secret.PARITY_TRAIN_PASSWORD}" }',
      'click { role: button, name: Sign in }',
    ]);
    expect(c.environments['live-south']).toMatchObject({ writes: 'blocked', blockUrls: ['/api/audit'], concurrency: 1, headers: { 'X-Env': 'conformance' } });
    // Effective vars: the config's, overlaid with the environment's own.
    expect(c.environments['live-south']!.vars).toEqual({ surname: 'Testpatient', clinic: 'Cardiology OPD' });
    expect(c.masks).toEqual([{ selector: { css: '.session-clock' } }]);
    expect(c.normalise.rules).toEqual([{ name: 'ward-code', pattern: 'W\\d{3}', replace: '<WARD>' }]);
    expect(c.redact).toEqual([{ pattern: '\\b\\d{3} ?\\d{3} ?\\d{4}\\b' }, { region: { css: '.patient-banner' } }]);
    expect(c.browser).toEqual({ executablePath: '/usr/bin/chromium', headless: true, args: [], restarts: 2 });
    expect(c.capture).toEqual({ values: false, fullPage: true, clock: '2026-06-01T09:00:00Z', actionTimeoutMs: 5000, navigationTimeoutMs: 15000, retries: 2, continuePastBlocks: true });
  });

  test('environment settings override the top-level defaults; numbers typed as vars keep their digits', async () => {
    const c = await loadConfig({ cwd: fixture('configs/good'), env: {} });
    expect(c.environments['live-south']!.viewport).toEqual({ width: 1920, height: 1080 });
    expect(c.environments.train!.viewport).toEqual(DEFAULTS.viewport);
    expect(c.environments['live-south']!.vars).toEqual({ surname: 'Testpatient', clinic: 'Cardiology (South)', code: '0042' });
    expect(c.specs).toEqual(['../../specs/good/*.yaml']);
  });
});

describe('journeys', () => {
  test('the example journey of docs/journey-format.md loads', async () => {
    const c = await loadConfig({ cwd: fixture('configs/docs'), env: {} });
    const [j] = await loadJourneys(c);
    expect(j!.id).toBe('register-patient');
    expect(j!.steps[1]!.actions.map((a) => a.kind)).toEqual(['fill', 'type', 'select', 'check', 'uncheck', 'press', 'hover', 'wait', 'goto', 'click', 'expect', 'expect', 'expect']);
  });

  test('a journey using every action form loads into the exact model', async () => {
    const c = await loadConfig({ cwd: fixture('configs/good'), env: {} });
    const journeys = await loadJourneys(c);
    const file = '../../specs/good/book-appointment.yaml';
    const pos = (line: number, col: number) => ({ file, line, col });
    const expected: Journey[] = [
      {
        id: 'book-appointment',
        title: 'book-appointment',
        tags: [],
        file,
        steps: [
          {
            name: 'Find patient',
            pos: pos(4, 5),
            actions: [
              { kind: 'goto', value: '/patients/search', text: 'goto /patients/search', pos: pos(6, 9) },
              { kind: 'type', target: { label: 'NHS number' }, value: '0018', text: 'type { label: NHS number, value: "0018" }', pos: pos(7, 9) },
              { kind: 'press', key: 'Enter', target: { label: 'NHS number' }, text: 'press { key: Enter, target: { label: NHS number } }', pos: pos(8, 9) },
              {
                kind: 'click',
                target: { role: 'link', name: 'Smith, Jane', exact: true, nth: 0, within: { role: 'table', name: 'Results' } },
                text: 'click { role: link, name: "Smith, Jane", exact: true, nth: 0, within: { role: table, name: Results } }',
                pos: pos(9, 9),
              },
            ],
          },
          {
            name: 'Choose slot',
            pos: pos(10, 5),
            skip: ['live-south'],
            capture: { screenshot: false, masks: [{ css: '.clock' }, { testId: 'banner' }] },
            actions: [
              { kind: 'select', target: { label: 'Clinic' }, value: '${vars.clinic}', text: 'select { label: Clinic, option: "${vars.clinic}" }', pos: pos(12, 9) },
              { kind: 'fill', target: { placeholder: 'dd/mm/yyyy' }, value: '01/06/2026', text: 'fill { placeholder: dd/mm/yyyy, value: 01/06/2026 }', pos: pos(13, 9) },
              { kind: 'wait', ms: 250, text: 'wait 250', pos: pos(14, 9) },
              { kind: 'hover', target: { testId: 'slot-0900' }, text: 'hover { testId: slot-0900 }', pos: pos(15, 9) },
              { kind: 'uncheck', target: { css: '#first-available' }, text: 'uncheck { css: "#first-available" }', pos: pos(16, 9) },
              { kind: 'expect', target: { role: 'button', name: 'Book' }, expect: { visible: true }, text: 'expect { target: { role: button, name: Book } }', pos: pos(17, 9) },
              { kind: 'expect', expect: { title: 'Appointments', url: '/book' }, text: 'expect { title: Appointments, url: /book }', pos: pos(18, 9) },
              { kind: 'expect', target: { text: 'Slots' }, expect: { count: 3, enabled: true }, text: 'expect { target: { text: Slots }, count: 3, enabled: true }', pos: pos(19, 9) },
            ],
          },
          { name: 'Confirm', pos: pos(22, 5), commits: true, only: ['train'], actions: [] },
        ],
      },
    ];
    expect(journeys).toEqual(expected);
  });

  test('paths given explicitly replace the config globs', async () => {
    const c = await loadConfig({ cwd: fixture('configs/good'), env: {} });
    const journeys = await loadJourneys(c, [fixture('configs/docs/specs')]);
    expect(journeys.map((j) => j.id)).toEqual(['register-patient']);
  });
});
