#!/usr/bin/env node
// Runs before the tests: the small Playwright Test suite in test/fixtures/pwt (what a trust's own
// suite looks like) needs @playwright/test, which the product only names as a peer dependency.
// It is installed there from that folder's own lockfile, so the product's lockfile never holds
// it, and `parity` is linked in as an installed package would be (node_modules/parity), so the
// suite imports parity/test and parity/reporter through the package's exports.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(repo, 'test', 'fixtures', 'pwt');
const want = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8')).packages['node_modules/@playwright/test'].version;
const installed = join(dir, 'node_modules', '@playwright', 'test', 'package.json');
const have = existsSync(installed) ? JSON.parse(readFileSync(installed, 'utf8')).version : undefined;
if (have !== want) {
  console.log(`parity: installing @playwright/test ${want} for the Playwright Test fixture suite (test/fixtures/pwt)`);
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: dir, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
// The product's own playwright must be the version the suite's Playwright Test runs with.
const product = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).dependencies.playwright;
if (product !== want) {
  console.error(`parity: test/fixtures/pwt pins @playwright/test ${want}, the product depends on playwright ${product}: pin them to one version`);
  process.exit(1);
}
const link = join(dir, 'node_modules', 'parity');
const target = relative(dirname(link), repo);
let ok = false;
try {
  ok = lstatSync(link).isSymbolicLink() && readlinkSync(link) === target;
} catch { /* not there yet */ }
if (!ok) {
  rmSync(link, { recursive: true, force: true });
  mkdirSync(dirname(link), { recursive: true });
  symlinkSync(target, link, 'dir');
}
