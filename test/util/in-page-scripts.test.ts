// The scripts that run in a browser page are .js files in src/**/in-page/, read at run time from
// beside the module that ships them. Each constant built from them must still be JavaScript the page
// can run in the way its caller runs it, and the build must ship them into dist/ unchanged.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { PAGE_MODEL_SCRIPT } from '../../src/capture/page-script.js';
import { SETTLE_INIT_SCRIPT, SETTLE_WAIT_SCRIPT } from '../../src/capture/settle-script.js';
import { PAINT_OVER_SCRIPT, REMOVE_OVERLAYS_SCRIPT } from '../../src/capture/redact.js';
import { APP_JS, TCI_HELPER_JS, TCI_HELPER_V2_JS } from '../../src/sim/ui/client-script.js';
import { appJs } from '../../src/report/html/page.js';
import { MARK_ATTR, OVERLAY_FRAME, RECORDER_BINDING, recorderScript } from '../../src/record/recorder-script.js';

const root = join(import.meta.dirname, '..', '..');
const inPageFiles = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.js') && f.split(sep).includes('in-page'));
const parses = (source: string): void => void new Script(source);

describe('in-page scripts', () => {
  it('are found where the build copies them from', () => {
    expect(inPageFiles.length).toBeGreaterThan(20);
  });

  it('are each checked by the compiler', () => {
    for (const f of inPageFiles) expect(readFileSync(join(root, 'src', f), 'utf8').startsWith('// @ts-check\n'), f).toBe(true);
  });

  // Callers evaluate these as (SCRIPT)(argument): a function expression, with nothing after it.
  it.each(Object.entries({ PAGE_MODEL_SCRIPT, SETTLE_WAIT_SCRIPT, PAINT_OVER_SCRIPT, REMOVE_OVERLAYS_SCRIPT }))('%s is a function expression', (_, s) => {
    expect(() => parses(`(${s})(${JSON.stringify({})})`)).not.toThrow();
    expect(() => parses(`const f = (${s}); if (typeof f !== 'function') throw 0;`)).not.toThrow();
  });

  // These run as they are: an init script, files a page loads.
  it.each(Object.entries({ SETTLE_INIT_SCRIPT, APP_JS, TCI_HELPER_JS, TCI_HELPER_V2_JS, reportAppJs: appJs() }))('%s is a script', (_, s) => {
    expect(() => parses(s)).not.toThrow();
  });

  it('the recorder\'s, for a session, is a script that names what recorder-script.ts names', () => {
    const s = recorderScript('t0k3n');
    expect(() => parses(s)).not.toThrow();
    expect(s).toContain('const TOKEN = "t0k3n"');
    for (const name of [RECORDER_BINDING, MARK_ATTR, OVERLAY_FRAME]) expect(s).toContain(name);
  });

  it('are built into dist/ byte for byte', () => {
    const dist = join(root, 'dist');
    expect(existsSync(join(dist, 'capture', 'page-script.js')), 'run npm run build first').toBe(true);
    for (const f of inPageFiles) {
      const built = join(dist, f);
      expect(existsSync(built), `${f} is in dist/`).toBe(true);
      expect(readFileSync(built).equals(readFileSync(join(root, 'src', f))), `dist/${f} is src/${f}`).toBe(true);
    }
    const shipped = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.split(sep).includes('in-page'));
    expect(shipped.filter((f) => f.endsWith('.js')).sort()).toEqual([...inPageFiles].sort());
  });
});
