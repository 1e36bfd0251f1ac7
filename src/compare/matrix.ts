// The report's first screen: journeys down the side, target environments across, the worst
// unaccepted severity and the counts in each cell. Also the run's totals and the exit code.
import { SEVERITIES, type Severity } from '../model/config.js';
import { atOrAbove, isAccepted, severityRank } from '../model/severity.js';
import type { CompareResult, Divergence, MatrixCell } from '../model/divergence.js';
import { EXIT } from '../util/errors.js';

export type CellStatus = MatrixCell['status'];

function zero(): Record<Severity, number> {
  return { critical: 0, major: 0, minor: 0, cosmetic: 0 };
}

export function buildMatrix(journeys: string[], targets: string[], status: (journey: string, target: string) => CellStatus, divergences: Divergence[]): MatrixCell[] {
  // One pass over the divergences, not one per cell.
  const byCell = new Map<string, Divergence[]>();
  for (const d of divergences) {
    const key = `${d.journey}\u0000${d.target}`;
    let cell = byCell.get(key);
    if (!cell) byCell.set(key, (cell = []));
    cell.push(d);
  }
  const cells: MatrixCell[] = [];
  for (const journey of journeys) {
    for (const target of targets) {
      const c = zero();
      let worst: Severity | null = null;
      let accepted = 0;
      for (const d of byCell.get(`${journey}\u0000${target}`) ?? []) {
        if (isAccepted(d)) { accepted++; continue; }
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
    if (isAccepted(d)) {
      accepted++;
      continue;
    }
    bySeverity[d.severity]++;
    if (atOrAbove(d.severity, failOn)) failing++;
  }
  return { bySeverity, accepted, new: divergences.length - accepted, failing };
}

/**
 * 4 when a journey did not go through in the reference (the suite is broken: what it did not reach
 * was compared nowhere, so no count of divergences can pass it); 1 when anything unaccepted is at or
 * above failOn, or with --fail-on coverage fewer steps went through than before; 0 otherwise.
 * Accepted divergences never fail.
 */
export function exitCodeFor(result: Pick<CompareResult, 'divergences' | 'failOn' | 'referenceProblems' | 'coverage'>): 0 | 1 | 4 {
  if (result.referenceProblems?.length) return EXIT.suite;
  if (result.coverage?.failOn && result.coverage.losses.length) return EXIT.divergences;
  return result.divergences.some((d) => !isAccepted(d) && atOrAbove(d.severity, result.failOn)) ? 1 : 0;
}

