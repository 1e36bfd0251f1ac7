// Error codes of a run directory that cannot be read as one (all RunDirError, exit 2).
// Stable: tests and scripts match on a code, never on wording; a code keeps its meaning once released.
export const RUNDIR_CODES = {
  RUNDIR_NOT_FOUND: 'the folder given has no manifest.json: it is not a run directory',
  RUNDIR_FORMAT: 'a manifest or result that is not JSON, not a Parity run, or names a folder outside the run',
  RUNDIR_VERSION: 'a run directory of a version this Parity does not read',
  RUNDIR_CAPTURE: 'a capture.json that is not JSON or not a parity-capture',
  RUNDIR_NOT_COMPARED: 'the run has no compare/result.json yet: parity compare comes before parity report',
} as const;

export type RundirCode = keyof typeof RUNDIR_CODES;
