#!/usr/bin/env node
// Runs before the tests and the demo: make sure a Chromium is there, installing one if we can.
// Order: find one; else `npx playwright install chromium`; else (root on Debian) apt-get; else say what to install.
// Debian's Chromium also gets its language packs (chromium-l10n), for date fields in the run's locale.
// Everything it and the installers print goes to stderr: it runs before `npm run bench -- --json`,
// whose stdout must hold the JSON document only.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser, noBrowserHelp } from '../dist/browser/find-browser.js';

let found;
try {
  found = await findBrowser(process.env);
} catch (e) {
  console.error(`parity: ${e.message}`);
  process.exit(3);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
// Debian's chromium ships only the en-US language pack, and Chromium draws date and time inputs in
// its UI language: without chromium-l10n a run with locale en-GB shows mm/dd/yyyy. Installed here,
// beside chromium, because CI starts from a clean machine.
const LOCALES = '/usr/lib/chromium/locales';
function ensureLanguagePacks(path) {
  if (!path.startsWith('/usr/bin/chromium') || !existsSync(LOCALES) || existsSync(`${LOCALES}/en-GB.pak`)) return;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.error('parity: Chromium has no language packs: date fields show as en-US (install chromium-l10n)');
    return;
  }
  console.error('parity: installing chromium-l10n (date and time fields in the configured locale)');
  spawnSync('apt-get', ['update', '-qq'], { stdio: ['inherit', 2, 2], env: aptEnv });
  const r = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium-l10n'], { stdio: ['inherit', 2, 2], env: aptEnv, timeout: 15 * 60_000 });
  if (r.status !== 0) console.error('parity: chromium-l10n did not install: date fields show as en-US');
}

if (found) {
  ensureLanguagePacks(found.path);
  console.error(`parity: browser: ${found.path} (${found.source})`);
  process.exit(0);
}

function run(cmd, args) {
  console.error(`parity: no browser found; trying: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: ['inherit', 2, 2], timeout: 15 * 60_000 });
  return r.status === 0;
}

// Playwright's download fails fast on machines without internet; apt is the fallback there.
run('npx', ['--no-install', 'playwright', 'install', 'chromium']);
let again = await findBrowser(process.env);
if (!again && isRoot && existsSync('/usr/bin/apt-get')) {
  spawnSync('apt-get', ['update', '-qq'], { stdio: ['inherit', 2, 2], env: aptEnv });
  spawnSync('apt-get', ['install', '-y', '-qq', 'chromium', 'chromium-l10n', 'fonts-dejavu-core'], { stdio: ['inherit', 2, 2], env: aptEnv });
  again = await findBrowser(process.env);
}
if (!again) {
  console.error(noBrowserHelp(process.env));
  process.exit(3);
}
console.error(`parity: browser: ${again.path} (${again.source})`);
