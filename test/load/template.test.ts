// ${vars.X}, ${env.X}, ${secret.X}: resolved at run time, secrets collected for scrubbing.
import { describe, expect, test } from 'vitest';
import { resolveTemplate, scanTemplate, scrubSecrets } from '../../src/load/index.js';
import { InputError } from '../../src/util/errors.js';

const ctx = { vars: { surname: 'Testpatient', clinic: 'Cardiology OPD' }, env: { PARITY_USER: 'trainer1', PARITY_PASSWORD: 's3cret!', PARITY_PIN: '4321', EMPTY: '' } };

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof InputError ? e.code : `not an InputError: ${String(e)}`;
  }
  return undefined;
}

describe('resolveTemplate', () => {
  test('fills vars and env values in place, leaving other text alone', () => {
    const secrets = new Set<string>();
    expect(resolveTemplate('Dr ${vars.surname} at ${vars.clinic} as ${env.PARITY_USER}', ctx, secrets)).toBe('Dr Testpatient at Cardiology OPD as trainer1');
    expect(secrets.size).toBe(0);
  });

  test('every secret value resolved is added to the set, and only secrets', () => {
    const secrets = new Set<string>(['earlier']);
    expect(resolveTemplate('${secret.PARITY_PASSWORD}', ctx, secrets)).toBe('s3cret!');
    expect(resolveTemplate('pin ${secret.PARITY_PIN}, user ${env.PARITY_USER}', ctx, secrets)).toBe('pin 4321, user trainer1');
    expect([...secrets].sort()).toEqual(['4321', 'earlier', 's3cret!']);
  });

  test('text without templates is returned as is, and $${ is a literal ${', () => {
    const secrets = new Set<string>();
    expect(resolveTemplate('plain text', ctx, secrets)).toBe('plain text');
    expect(resolveTemplate('cost $${vars.surname} and ${vars.surname}', ctx, secrets)).toBe('cost ${vars.surname} and Testpatient');
  });

  test('an unset or empty env or secret variable is SPEC_UNSET_ENV', () => {
    expect(codeOf(() => resolveTemplate('${env.NOT_SET}', ctx, new Set()))).toBe('SPEC_UNSET_ENV');
    expect(codeOf(() => resolveTemplate('${secret.EMPTY}', ctx, new Set()))).toBe('SPEC_UNSET_ENV');
  });

  test('the error for an unset secret does not contain any secret value', () => {
    const secrets = new Set<string>();
    resolveTemplate('${secret.PARITY_PASSWORD}', ctx, secrets);
    try {
      resolveTemplate('${secret.PARITY_PASSWORD} ${secret.MISSING}', ctx, secrets);
      expect.unreachable();
    } catch (e) {
      expect(JSON.stringify((e as InputError).problems)).not.toContain('s3cret!');
    }
  });

  test('an unknown var is SPEC_UNDEFINED_VAR and a malformed reference SPEC_TEMPLATE', () => {
    expect(codeOf(() => resolveTemplate('${vars.nope}', ctx, new Set()))).toBe('SPEC_UNDEFINED_VAR');
    expect(codeOf(() => resolveTemplate('${vars.toString}', ctx, new Set()))).toBe('SPEC_UNDEFINED_VAR');
    expect(codeOf(() => resolveTemplate('${surname}', ctx, new Set()))).toBe('SPEC_TEMPLATE');
    expect(codeOf(() => resolveTemplate('${vars.surname', ctx, new Set()))).toBe('SPEC_TEMPLATE');
  });
});

describe('scanTemplate', () => {
  test('finds each reference with its source, name and index', () => {
    const { refs, errors } = scanTemplate('a ${vars.x} b ${ env.Y } ${secret.Z_1}');
    expect(errors).toEqual([]);
    expect(refs.map((r) => [r.source, r.name, r.index])).toEqual([['vars', 'x', 2], ['env', 'Y', 14], ['secret', 'Z_1', 25]]);
  });

  test('reports malformed references with their index', () => {
    expect(scanTemplate('ok ${foo.bar} ${vars.}').errors.map((e) => e.index)).toEqual([3, 14]);
  });
});

describe('scrubSecrets', () => {
  test('replaces every occurrence, longest secret first', () => {
    expect(scrubSecrets('pw=s3cret! pin=s3c and s3cret! again', ['s3c', 's3cret!'])).toBe('pw=••• pin=••• and ••• again');
  });
});
