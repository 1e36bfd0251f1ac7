// Error codes of `parity record`.
// Stable: tests and scripts match on a code, never on wording; a code keeps its meaning once released.
export const RECORD_CODES = {
  RECORD_OUT: '--out does not name a journey file ending .yaml',
  RECORD_JOURNEY_ID: '--journey is not an id of lowercase letters, digits and dashes',
  RECORD_START_PATH: '--start is not a path on the environment (or an address)',
  RECORD_UNKNOWN_ENV: '--env names no environment of the config',
  RECORD_EXISTS: 'the journey file is there already (--force overwrites)',
  RECORD_INVALID: 'what was recorded does not pass validate; it is kept as <out>.rejected',
  RECORD_INTERRUPTED: 'stopped (Ctrl-C) before recording began; nothing was written',
  RECORD_START: 'the start page did not open on the environment',
  RECORD_ENV_UNAVAILABLE: 'the environment did not answer',
  RECORD_NO_SESSION: 'the saved sign-in (parity login) cannot be used',
} as const;

export type RecordCode = keyof typeof RECORD_CODES;
