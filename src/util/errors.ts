// A few error classes with stable codes. Tests assert the code, never the wording.
// The CLI maps each class to an exit code and prints no stack unless --debug.
// Every code is in the catalogue of the stage that throws it (codes.ts of that folder);
// test/error-codes.test.ts fails on a code no catalogue lists, and on a listed code nothing throws.
import type { UtilCode } from './codes.js';

/** 4: the suite did not go through in the reference (a journey blocked, failing or in error there). */
export const EXIT = { ok: 0, divergences: 1, usage: 2, environment: 3, suite: 4 } as const;

export interface Problem {
  code: string; // e.g. SPEC_UNKNOWN_KEY
  message: string; // one line: what was expected
  file?: string;
  line?: number; // 1-based
  col?: number; // 1-based
  excerpt?: string; // source line + caret
  hint?: string; // "did you mean 'label'?"
}

export class ParityError extends Error {
  readonly exitCode: number = EXIT.usage;
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad config, journey or command-line input. Carries every problem found, not just the first. */
export class InputError extends ParityError {
  override readonly exitCode = EXIT.usage;
  constructor(readonly problems: Problem[], summary?: string) {
    super(problems[0]?.code ?? ('INPUT' satisfies UtilCode), summary ?? problems[0]?.message ?? 'invalid input');
  }
}

/** An environment or the browser failed (exit 3). */
export class EnvironmentError extends ParityError {
  override readonly exitCode = EXIT.environment;
}

/** A run directory or capture that is not in the expected format (exit 2). */
export class RunDirError extends ParityError {
  override readonly exitCode = EXIT.usage;
}

/**
 * A command used in a way it cannot be (exit 2): a value no flag takes, an environment the run does
 * not have, an output folder that is not empty, a port in use. Not a run directory's problem: that
 * is RunDirError. Printed as `parity: CODE: message`, as every ParityError is.
 */
export class UsageError extends ParityError {
  override readonly exitCode = EXIT.usage;
}

export function formatProblem(p: Problem): string {
  const where = p.file ? `${p.file}${p.line ? `:${p.line}:${p.col ?? 1}` : ''}: ` : '';
  let s = `${where}${p.code}: ${p.message}`;
  if (p.hint) s += ` (${p.hint})`;
  if (p.excerpt) s += `\n${p.excerpt}`;
  return s;
}

/** A bad command-line value (exit 2), printed as `CODE: message` like a problem of the input. */
export function usageError(message: string, code: string = 'USAGE' satisfies UtilCode): InputError {
  return new InputError([{ code, message }]);
}
