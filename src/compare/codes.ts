// Error codes of `parity compare`, `parity accept` and `parity approve`.
// Stable: tests and scripts match on a code, never on wording; a code keeps its meaning once released.
export const COMPARE_CODES = {
  COMPARE_UNKNOWN_ENV: 'the reference to compare against is not an environment of the run',
  COMPARE_NO_BASELINES: 'comparing against baselines without a baselines folder',
  COMPARE_NO_BASELINE: 'no approved baseline of the environment to compare against',
  ACCEPTANCES_YAML: 'the acceptances file is not valid YAML',
  ACCEPTANCES_INVALID: 'the acceptances file is YAML but not a list of acceptances',
  ACCEPT_FINGERPRINT: 'parity accept was given a fingerprint that is not 16 hex digits',
  ACCEPT_UNTIL: 'parity accept --until is not a date YYYY-MM-DD',
  APPROVE_UNKNOWN_ENV: 'parity approve --env names an environment the run does not have',
  APPROVE_NO_CAPTURES: 'the run has no captures of the environment to approve',
} as const;

export type CompareCode = keyof typeof COMPARE_CODES;
