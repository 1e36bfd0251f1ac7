// Error codes of planning which journeys run where.
// Stable: tests and scripts match on a code, never on wording; a code keeps its meaning once released.
export const PLAN_CODES = {
  USAGE_SHARD: '--shard is not i/n with 1 <= i <= n',
  USAGE_UNKNOWN_ENV: '--env names an environment the config does not have',
} as const;

export type PlanCode = keyof typeof PLAN_CODES;
