// Small rules every reporter shares: how severities rank, what counts as accepted, how steps are keyed.

export { atOrAbove, severityRank } from '../model/severity.js';

/** Accepted divergences are reported but never fail; an expired acceptance counts as not accepted. */
export function isAccepted(d: { status: string }): boolean {
  return d.status === 'accepted';
}

export function stepKey(env: string, journey: string, index: number): string {
  return `${env}/${journey}/${index}`;
}
