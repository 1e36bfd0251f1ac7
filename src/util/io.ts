// Where the CLI writes and what it knows of its surroundings; tests pass their own.
export interface Io {
  out(text: string): void; // stdout, a line or block (newline added)
  err(text: string): void; // stderr
  cwd: string;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
  /** On a terminal: the one live status line, drawn over itself; '' clears it. */
  status?(line: string): void;
  /** Ask a question on a terminal (parity init); absent when not interactive. */
  prompt?: (question: string, fallback: string) => Promise<string>;
}

export function processIo(): Io {
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY) && !process.env.CI;
  let drawn = 0; // length of the status line on screen, so a shorter one covers it
  // A reader that has gone (`parity sim --help | head`) takes stdout with it: what is left to print
  // is dropped, not thrown as an error with a stack trace, and the command still runs to its end.
  let readerGone = false;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    readerGone = true;
  });
  const write = (t: string) => void (readerGone || process.stdout.write(t));
  return {
    status: (line) => {
      write(line ? `\r${line.padEnd(drawn)}` : `\r${' '.repeat(drawn)}\r`);
      drawn = line.length;
    },
    prompt: interactive ? ask : undefined,
    out: (t) => write(t.endsWith('\n') ? t : t + '\n'),
    err: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY) && !process.env.CI,
  };
}

async function ask(question: string, fallback: string): Promise<string> {
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = (await rl.question(`${question} [${fallback}]: `)).trim();
    return answer || fallback;
  } finally {
    rl.close();
  }
}

/** The same Io, every line printed (stdout, stderr, the status line) scrubbed first. */
export function scrubbedIo(io: Io, scrub: { text(s: string): string }): Io {
  return {
    ...io,
    out: (t) => io.out(scrub.text(t)),
    err: (t) => io.err(scrub.text(t)),
    status: io.status && ((l) => io.status!(l && scrub.text(l))),
  };
}

/** An Io that collects output, for tests. */
export function memoryIo(cwd: string, env: NodeJS.ProcessEnv = {}): Io & { stdout: string[]; stderr: string[]; statusLines: string[]; text(): string } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const statusLines: string[] = [];
  return {
    stdout,
    stderr,
    statusLines,
    status: (l) => void statusLines.push(l),
    out: (t) => void stdout.push(t),
    err: (t) => void stderr.push(t),
    cwd,
    env: { ...env },
    isTTY: false,
    text: () => [...stdout, ...stderr].join('\n'),
  };
}
