// Drives the compare, accept and approve commands through the CLI's in-process main().
import { main } from '../../src/cli/main.js';
import type { memoryIo } from '../../src/util/io.js';

export function runCli(argv: string[], io: ReturnType<typeof memoryIo>): Promise<number> {
  return main(argv, io);
}
