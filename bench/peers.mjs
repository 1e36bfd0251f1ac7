// The tools users would pick instead of Parity (ODiffServer from odiff-bin, BackstopJS), installed
// into bench/peers/ from its lockfile on first use: they are no dependency of Parity, so `npm ci`
// for users stays as light as it is. Scripts are not run: puppeteer's would download a browser of
// its own, which this machine cannot fetch; both peers are pointed at the Chromium Parity uses.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PEERS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'peers');

/**
 * Installs bench/peers from its lockfile, unless its node_modules already holds what the lockfile says.
 * `npm install --no-save`, not `npm ci`: odiff-bin lists a binary per platform as optional, and a
 * registry mirror that carries only this platform's (as here) cannot record the others in the lock,
 * which `npm ci` then refuses as out of sync. `install` follows the lock just the same and skips the
 * optional packages it cannot fetch; --no-save leaves the lock as committed.
 */
export function installPeers(log = (s) => process.stderr.write(`${s}\n`)) {
  const lock = join(PEERS_DIR, 'package-lock.json');
  const stamp = join(PEERS_DIR, 'node_modules', '.package-lock.json');
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= statSync(lock).mtimeMs) return;
  log('bench: installing the peers (odiff-bin, backstopjs) into bench/peers, once ...');
  execFileSync('npm', ['install', '--no-save', '--prefix', PEERS_DIR, '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], {
    stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
  });
}

const req = createRequire(join(PEERS_DIR, 'package.json'));

/** A peer's module, resolved from bench/peers (CommonJS, as both ship). */
export function peer(name) {
  return req(name);
}

/** The path of a file inside a peer's package (BackstopJS's CLI). */
export function peerFile(name, file) {
  return join(dirname(req.resolve(`${name}/package.json`)), file);
}
