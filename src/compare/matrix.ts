// The report's first screen: journeys down the side, target environments across, the worst
// unaccepted severity and the counts in each cell. Also the run's totals and the exit code.
import { SEVERITIES, type Severity } from '../model/config.js';
import { atOrAbove, severityRank } from '../model/severity.js';
import type { CompareResult, Divergence, MatrixCell } from '../model/divergence.js';

export type CellStatus = MatrixCell['status'];

export { atOrAbove, isSeverity, severityRank } from '../model/severity.js';

function zero(): Record<Severity, number> {
  return { critical: 0, major: 0, minor: 0, cosmetic: 0 };
}

/** Expired acceptances count again: only `accepted` is set aside. */
export function counts(d: Divergence): boolean {
  return d.status !== 'accepted';
}

export function buildMatrix(journeys: string[], targets: string[], status: (journey: string, target: string) => CellStatus, divergences: Divergence[]): MatrixCell[] {
  // One pass over the divergences, not one per cell.
  const byCell = new Map<string, Divergence[]>();
  for (const d of divergences) {
    const key = `${d.journey}\u0000${d.target}`;
    byCell.set(key, [...(byCell.get(key) ?? []), d]);
  }
  const cells: MatrixCell[] = [];
  for (const journey of journeys) {
    for (const target of targets) {
      const c = zero();
      let worst: Severity | null = null;
      let accepted = 0;
      for (const d of byCell.get(`${journey}\u0000${target}`) ?? []) {
        if (!counts(d)) { accepted++; continue; }
        c[d.severity]++;
        if (worst === null || severityRank(d.severity) < severityRank(worst)) worst = d.severity;
      }
      cells.push({ journey, target, worst, counts: c, accepted, status: status(journey, target) });
    }
  }
  return cells;
}

export function totals(divergences: Divergence[], failOn: Severity): CompareResult['totals'] {
  const bySeverity = zero();
  let accepted = 0;
  let failing = 0;
  for (const d of divergences) {
    if (!counts(d)) {
      accepted++;
      continue;
    }
    bySeverity[d.severity]++;
    if (atOrAbove(d.severity, failOn)) failing++;
  }
  return { bySeverity, accepted, new: divergences.length - accepted, failing };
}

/** 0 when nothing unaccepted is at or above failOn; 1 otherwise. Accepted divergences never fail. */
export function exitCodeFor(result: Pick<CompareResult, 'divergences' | 'failOn'>): 0 | 1 {
  return result.divergences.some((d) => counts(d) && atOrAbove(d.severity, result.failOn)) ? 1 : 0;
}

