// The trace policy, decided once per run: a trace holds raw DOM, typed values and network bodies that
// no redaction reaches, so none is written when the run has anything to redact, whatever --trace says.
import { describe, expect, it } from 'vitest';
import { traceFor } from '../../src/run/run-capture.js';

const none = { secrets: false, savedSignIn: false, redaction: false };

describe('traceFor', () => {
  it('keeps the mode asked for when nothing needs redacting', () => {
    for (const mode of ['on', 'off', 'on-failure'] as const) expect(traceFor(mode, none)).toEqual({ trace: mode });
  });

  it('turns traces off with secrets, a saved sign-in or redaction rules, and says which', () => {
    expect(traceFor('on', { ...none, secrets: true })).toEqual({ trace: 'off', why: 'secrets or redaction rules' });
    expect(traceFor('on-failure', { ...none, redaction: true })).toEqual({ trace: 'off', why: 'secrets or redaction rules' });
    expect(traceFor('on', { ...none, savedSignIn: true, secrets: true })).toEqual({ trace: 'off', why: 'a saved sign-in' });
  });

  it('says nothing when traces were off anyway', () => {
    expect(traceFor('off', { secrets: true, savedSignIn: true, redaction: true })).toEqual({ trace: 'off' });
  });
});
