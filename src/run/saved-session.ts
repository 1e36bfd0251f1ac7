// A session a person signed in to with `parity login` (smartcard, single sign-on, MFA: nothing a
// script can type), kept in the file signIn.storageState names. It is a credential: written for its
// owner only (0600, in a folder only they can enter), refused when others can read it, never
// copied into a run directory (its cookie values are scrubbed from every file like a secret) and
// never with a trace. A run reuses it until the environment sends the browser back to sign in.
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BrowserContext } from 'playwright';
import type { EnvironmentConfig } from '../model/config.js';
import { writeFileAtomic } from '../util/files.js';
import { InputError } from '../util/errors.js';
import { relative, isAbsolute } from 'node:path';
import type { RunCode } from './codes.js';

export type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** The session could not be used: the environment stops with this message (exit 3). */
export class SessionUnusable extends Error {}

const loginHint = (env: string) => `sign in again with: parity login --env ${env}`;

/** Reads the saved session of an environment, or says why it cannot be used. */
export function readSavedSession(env: EnvironmentConfig, platform: NodeJS.Platform = process.platform): StorageState {
  const file = env.signIn!.storageState!;
  if (!existsSync(file)) throw new SessionUnusable(`no saved sign-in for ${env.name} at ${file}; ${loginHint(env.name)}`);
  // Permission bits mean nothing on Windows (the folder's ACL decides there).
  const mode = statSync(file).mode & 0o777;
  if (platform !== 'win32' && mode & 0o077) {
    throw new SessionUnusable(`the saved sign-in for ${env.name} (${file}) can be read by others (mode ${mode.toString(8).padStart(4, '0')}); it is a signed-in session: chmod 600 it, or ${loginHint(env.name)}`);
  }
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as StorageState;
    if (!Array.isArray(state.cookies) || !Array.isArray(state.origins)) throw new Error('not a browser storage state');
    return state;
  } catch (e) {
    throw new SessionUnusable(`the saved sign-in for ${env.name} (${file}) cannot be read (${(e as Error).message}); ${loginHint(env.name)}`);
  }
}

/** Writes the session for its owner only: the folder 0700 when Parity makes it, the file 0600. */
export function saveSession(file: string, state: StorageState): void {
  if (!existsSync(dirname(file))) mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  writeFileAtomic(file, JSON.stringify(state, null, 2) + '\n');
  chmodSync(file, 0o600);
}

/** Values in the session that must never reach a file: cookie values and stored tokens long enough to be one. */
export function sessionSecrets(state: StorageState): string[] {
  const values = [...state.cookies.map((c) => c.value), ...state.origins.flatMap((o) => o.localStorage.map((l) => l.value))];
  return values.filter((v) => v.length >= 8);
}

/**
 * The browser is on the sign-in page: the signIn.path of the environment's own address, or another
 * origin altogether (a single sign-on server's page). A journey whose first page is one of these
 * has no session any more.
 */
export function onSignInPage(url: string, env: EnvironmentConfig): boolean {
  let u: URL;
  let base: URL;
  try {
    u = new URL(url);
    base = new URL(env.baseUrl);
  } catch {
    return false;
  }
  if (u.origin !== base.origin) return true;
  const path = new URL(env.signIn?.path ?? '/', base).pathname;
  return u.pathname === path || u.pathname.replace(/\/+$/, '') === path.replace(/\/+$/, '');
}

/** The message a run gives when the saved session has expired. */
export function expiredMessage(env: EnvironmentConfig, landed: string): string {
  let where = landed;
  try {
    const u = new URL(landed);
    where = u.origin === new URL(env.baseUrl).origin ? u.pathname : `${u.origin}${u.pathname}`;
  } catch { /* as given */ }
  return `the saved sign-in for ${env.name} has expired: its first page was the sign-in page (${where}); ${loginHint(env.name)}, then finish this run with parity run --resume`;
}

/** A session file inside a run directory would be copied with it (merge, approve, a file share): refused. */
export function checkSessionOutside(root: string, envs: EnvironmentConfig[]): void {
  const problems = envs.flatMap((e) => {
    const file = e.signIn?.storageState;
    if (!file) return [];
    const rel = relative(root, file);
    const within = rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
    return within ? [{ code: 'SESSION_IN_RUN_DIR' satisfies RunCode, message: `signIn.storageState of ${e.name} (${file}) is inside the run directory ${root}; keep the saved sign-in outside run directories (e.g. ~/.parity/${e.name}-session.json)` }] : [];
  });
  if (problems.length) throw new InputError(problems);
}

