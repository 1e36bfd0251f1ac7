// The report's first screen: journeys down the side, target environments across, the worst
// unaccepted severity and the counts in each cell. Also the run's totals and the exit code.
import { SEVERITIES, type Severity } from '../model/config.js';
import type { CompareResult, Divergence, MatrixCell } from '../model/divergence.js';

export type CellStatus = MatrixCell['status'];

const RANK: Record<Severity, number> = { critical: 0, major: 1, minor: 2, cosmetic: 3 };

export function severityRank(s: Severity): number {
  return RANK[s];
}

/** At or above: `critical` is at or above `major`. */
export function atOrAbove(s: Severity, bar: Severity): boolean {
  return RANK[s] <= RANK[bar];
}

function zero(): Record<Severity, number> {
  return { critical: 0, major: 0, minor: 0, cosmetic: 0 };
}

/** Expired acceptances count again: only `accepted` is set aside. */
export function counts(d: Divergence): boolean {
  return d.status !== 'accepted';
}

export function buildMatrix(journeys: string[], targets: string[], status: (journey: string, target: string) => CellStatus, divergences: Divergence[]): MatrixCell[] {
  const cells: MatrixCell[] = [];
  for (const journey of journeys) {
    for (const target of targets) {
      const mine = divergences.filter((d) => d.journey === journey && d.target === target);
      const c = zero();
      let worst: Severity | null = null;
      for (const d of mine) {
        if (!counts(d)) continue;
        c[d.severity]++;
        if (worst === null || RANK[d.severity] < RANK[worst]) worst = d.severity;
      }
      cells.push({ journey, target, worst, counts: c, accepted: mine.length - mine.filter(counts).length, status: status(journey, target) });
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

export function isSeverity(s: string): s is Severity {
  return (SEVERITIES as readonly string[]).includes(s);
}
