// Error codes of the simulator and of `parity sim`. (The NHS code lists its screens show are data/codes.ts.)
// Stable: tests and scripts match on a code, never on wording; a code keeps its meaning once released.
export const SIM_CODES = {
  SIM_UNKNOWN_VARIANT: 'no simulator variant of that name (the hint names the nearest)',
  SIM_BAD_NOW: '--now is not a date and time',
  SIM_BAD_OPTION: 'a number option of parity sim (--port, fault rates) out of its range',
  SIM_NO_VARIANT: 'parity sim was given neither --variant nor --list',
  SIM_NOT_RUNNING: 'parity sim --reset found no simulator at the port (exit 3)',
  SIM_PORT_IN_USE: 'the simulator\'s port is taken (exit 3)',
} as const;

export type SimCode = keyof typeof SIM_CODES;
