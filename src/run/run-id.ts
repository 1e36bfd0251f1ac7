// What a run directory's manifest says about a run before it starts: its id, and the addresses it
// names. Shared by `parity run` and the Playwright Test reporter, which write the same manifest.
import { randomBytes } from 'node:crypto';

/** 20260601-090000-3fa2: sortable by time, and unique when shards start in the same second. */
export function newRunId(now = new Date()): string {
  return `${now.toISOString().replace(/[-:]/g, '').replace(/\..+$/, '').replace('T', '-')}-${randomBytes(2).toString('hex')}`;
}

/** A base URL as a manifest keeps it: no user:password, no query (either can hold a credential). */
export function stripCredentials(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    u.search = '';
    return u.href;
  } catch {
    return url;
  }
}
