#!/usr/bin/env node
// Runs before the tests and the demo: make sure a Chromium is there, installing one if we can.
// Order: find one; else `npx playwright install chromium`; else (root on Debian) apt-get; else say what to install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser, NO_BROWSER_HELP } from '../dist/run/find-browser.js';

let found;
try {
  found = await findBrowser(process.env);
} catch (e) {
  console.error(`parity: ${e.message}`);
  process.exit(3);
}
if (found) {
  console.log(`parity: browser: ${found.path} (${found.source})`);
  process.exit(0);
}

function run(cmd, args) {
  console.log(`parity: no browser found; trying: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', timeout: 15 * 60_000 });
  return r.status === 0;
}

// Playwright's download fails fast on machines without internet; apt is the fallback there.
run('npx', ['--no-install', 'playwright', 'install', 'chromium']);
let again = await findBrowser(process.env);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!again && isRoot && existsSync('/usr/bin/apt-get')) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-dejavu-core'], { stdio: 'inherit', env });
  again = await findBrowser(process.env);
}
if (!again) {
  console.error(NO_BROWSER_HELP);
  process.exit(3);
}
console.log(`parity: browser: ${again.path} (${again.source})`);
