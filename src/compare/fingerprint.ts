// A divergence's fingerprint is how a reviewer's acceptance finds it again in tomorrow's run.
// So it is built only from what names the difference (kind, where, between which environments,
// and what it is about), never from values that vary run to run: patient data, pixel counts,
// timings, box coordinates, or the target's new wording (which an accepted rename may still change).
import { createHash } from 'node:crypto';
import type { DivergenceKind } from '../model/divergence.js';

export interface FingerprintParts {
  kind: DivergenceKind;
  journey: string;
  step: string;
  reference: string;
  target: string;
  /** What the divergence is about, already normalised: "field:textbox:NHS Number", "heading:Register patient". */
  subject: string;
}

/** 16 hex digits (64 bits): short enough to type into `parity accept`, long enough never to collide in one suite. */
export function fingerprint(p: FingerprintParts): string {
  const h = createHash('sha256');
  // A separator that cannot occur in the parts, so ("a|b","c") and ("a","b|c") differ.
  h.update(['parity-fp-1', p.kind, p.journey, p.step, p.reference, p.target, p.subject.toLowerCase()].join('\u0000'));
  return h.digest('hex').slice(0, 16);
}

export const FINGERPRINT_RE = /^[0-9a-f]{16}$/;
