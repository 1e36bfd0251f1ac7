// Error codes thrown from util: the fallbacks of the error helpers and the path guard.
// Stable: tests and scripts match on a code, never on wording; a code keeps its meaning once released.
export const UTIL_CODES = {
  USAGE: 'a bad command-line value that has no code of its own',
  INPUT: 'bad input whose problems carried no code (a fallback; every problem should name one)',
  PATH_OUTSIDE: 'a name from a run directory or the command line would lead outside its folder',
} as const;

export type UtilCode = keyof typeof UTIL_CODES;
