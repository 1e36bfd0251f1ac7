// Error codes of `parity report`, `parity handout` and `parity show-report`.
// Stable: tests and scripts match on a code, never on wording; a code keeps its meaning once released.
export const REPORT_CODES = {
  REPORT_UNKNOWN_REPORTER: 'a reporter name that is not one of the reporters (from --reporter or the config)',
  REPORT_NOT_FOUND: 'parity show-report found no report in the folder given',
  PORT_IN_USE: 'the port parity show-report would serve on is taken',
  HANDOUT_UNKNOWN_ENV: 'parity handout --env names an environment the run did not compare',
} as const;

export type ReportCode = keyof typeof REPORT_CODES;
