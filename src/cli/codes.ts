// Error codes only the commands themselves throw (the stages' own are in their folders' codes.ts).
// Stable: tests and scripts match on a code, never on wording; a code keeps its meaning once released.
export const CLI_CODES = {
  INIT_EXISTS: 'a file parity init would write is there already (--force overwrites)',
  INIT_URL: 'a base URL given to parity init is not http(s)',
} as const;

export type CliCode = keyof typeof CLI_CODES;
