// Error codes of `parity run`, `parity merge` and `parity login`.
// Stable: tests and scripts match on a code, never on wording; a code keeps its meaning once released.
export const RUN_CODES = {
  RESUME_UNKNOWN_ENV: 'the run being resumed captured an environment the config no longer has',
  RESUME_UNKNOWN_JOURNEY: 'the run being resumed planned a journey that is no longer loaded',
  SESSION_IN_RUN_DIR: 'a saved sign-in (signIn.storageState) would be kept inside a run directory',
  GUARD_UNREACHABLE: 'a browser on another machine cannot reach the write guard of a read-only environment (exit 3)',
  MERGE_NOTHING: 'parity merge was given no run directory',
  MERGE_MISMATCH: 'the run directories given are not shards of one run',
  MERGE_UNFINISHED: 'a shard did not finish capturing',
  MERGE_EXISTS: 'the output folder of parity merge is not empty',
  LOGIN_UNKNOWN_ENV: 'parity login --env names an environment the config does not have',
  LOGIN_NO_STORAGE_STATE: 'parity login was asked for an environment without signIn.storageState',
  LOGIN_UNREACHABLE: 'the sign-in page did not open (exit 3)',
  LOGIN_CLOSED: 'the sign-in window was closed before signing in finished (exit 3)',
  LOGIN_TIMEOUT: 'nobody signed in within the time allowed (exit 3)',
} as const;

export type RunCode = keyof typeof RUN_CODES;
