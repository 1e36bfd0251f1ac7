// Running one command as a user would, timed: wall time, CPU time and peak memory (of the command
// and everything it started, sampled by tree-memory.mjs).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { watchPeak } from './tree-memory.mjs';

// CPU seconds of the command and every process it started and waited for (Chromium's too), from
// GNU time where it is installed: on a machine shared with other work, wall time is mostly the
// others' load, while the CPU a tool spends on the same work is its own.
export const GNU_TIME = '/usr/bin/time';
export const hasTime = existsSync(GNU_TIME);

export function timed(cmd, args, cwd, env = {}) {
  return new Promise((resolve, reject) => {
    const cpuFile = join(cwd, `.cpu-${process.hrtime.bigint()}`);
    const [c, a] = hasTime ? [GNU_TIME, ['-f', '%U %S', '-o', cpuFile, cmd, ...args]] : [cmd, args];
    const t0 = performance.now();
    const child = spawn(c, a, { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
    const mem = watchPeak(child.pid);
    let err = '';
    child.stderr.on('data', (b) => { err = (err + b).slice(-2000); });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      const peakBytes = mem.stop();
      let cpuMs;
      if (hasTime) {
        // GNU time says "Command exited with non-zero status N" first when it does: the figures are the last line.
        const last = readFileSync(cpuFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
        cpuMs = (last[0] + last[1]) * 1000;
        rmSync(cpuFile, { force: true });
      }
      resolve({ ms, cpuMs, peakBytes, code, err });
    });
  });
}
