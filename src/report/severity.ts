// Small rules every reporter shares: how severities rank, what counts as accepted, how steps are keyed.

export { atOrAbove, isAccepted, severityRank } from '../model/severity.js';

export function stepKey(env: string, journey: string, index: number): string {
  return `${env}/${journey}/${index}`;
}
