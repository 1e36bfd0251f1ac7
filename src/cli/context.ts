// What every command gets: the io, and whether --debug was given.
import type { Io } from '../util/io.js';

export interface CommandContext {
  io: Io;
  debug(): boolean;
  /** Set by a command to the exit code it wants (0 when never set). */
  setExit(code: number): void;
}
