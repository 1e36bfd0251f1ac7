// Environments served by the embedded simulator are started by the run itself, on free ports,
// and stopped when it ends: `sim: { variant: live-south }` in the config is all a user writes.
import type { EnvironmentConfig } from '../model/config.js';
import { startSim } from '../sim/index.js';

export interface StartedSims { stop(): Promise<void> }

export async function startSimEnvironments(envs: EnvironmentConfig[]): Promise<StartedSims> {
  const running: { close(): Promise<void> }[] = [];
  try {
    for (const env of envs) {
      if (!env.sim) continue;
      const sim = await startSim({ variant: env.sim.variant, port: 0, now: env.sim.now, faults: env.sim.faults });
      running.push(sim);
      env.baseUrl = sim.url;
    }
  } catch (e) {
    await Promise.all(running.map((s) => s.close()));
    throw e;
  }
  return { stop: async () => void (await Promise.all(running.map((s) => s.close().catch(() => {})))) };
}
