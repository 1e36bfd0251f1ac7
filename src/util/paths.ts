// Paths built from names. Environment names, journey ids and step folders reach Parity from run
// directories and command lines that anyone can craft (`parity approve --env ../x`, a manifest whose
// environment is called "../../etc"). Every path built from such a name is built here, and a name
// that would leave its folder is refused before anything is read or written.
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { RunDirError } from './errors.js';
import type { UtilCode } from './codes.js';

/** A name that is one plain folder name: letters, digits, '.', '_', '-', not starting with a dot. */
export const PLAIN_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export function isPlainName(s: unknown): s is string {
  return typeof s === 'string' && PLAIN_NAME.test(s) && s.length <= 200;
}

/**
 * `base` joined with `parts` (each may hold '/'-separated segments), refused (PATH_OUTSIDE) when
 * any segment is '..', empty, absolute or holds a NUL or a backslash, or the result is not under base.
 */
export function inside(base: string, ...parts: string[]): string {
  for (const part of parts) {
    if (typeof part !== 'string' || isAbsolute(part)) throw outside(base, String(part));
    for (const seg of part.split('/')) {
      if (seg === '' || seg === '.' || seg === '..' || /[\\\0]/.test(seg)) throw outside(base, part);
    }
  }
  const root = resolve(base);
  const out = resolve(join(root, ...parts));
  const rel = relative(root, out);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) throw outside(base, parts.join('/'));
  return out;
}

function outside(base: string, part: string): RunDirError {
  return new RunDirError('PATH_OUTSIDE' satisfies UtilCode, `'${part}' is not a plain name inside ${base}; refusing to read or write outside it`);
}
