// Error codes of `parity explore`.
// Stable: tests and scripts match on a code, never on wording; a code keeps its meaning once released.
export const EXPLORE_CODES = {
  EXPLORE_EXISTS: 'a journey file explore would write is there already (--force overwrites)',
} as const;

export type ExploreCode = keyof typeof EXPLORE_CODES;
