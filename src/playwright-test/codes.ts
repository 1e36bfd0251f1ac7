// Error codes of checkpoint() and parity/reporter inside Playwright Test.
// Stable: tests and scripts match on a code, never on wording; a code keeps its meaning once released.
export const PWT_CODES = {
  PWT_REPORTER_OPTIONS: 'the options given to parity/reporter in playwright.config are not right',
  PWT_PROJECT_NAME: 'a Playwright project whose name cannot be an environment, or two with one name',
  PWT_REFERENCE: 'the reference is not a project of playwright.config',
  PWT_JOURNEY_NAME: 'two tests whose titles make the same journey',
  PWT_OUT_EXISTS: 'the reporter\'s out folder is not empty and holds no Parity run',
  PWT_CHECKPOINT: 'checkpoint(page, name) without a name',
  PWT_NOT_IN_TEST: 'checkpoint() called outside a Playwright Test test',
} as const;

export type PwtCode = keyof typeof PWT_CODES;
