// The simulated Millennium-style PAS: start one variant on a local port, list the variants and the
// differences planted in each. Used by `parity sim`, by `parity run` for `sim:` environments, by
// the demo and by the end-to-end tests.
import type { AddressInfo } from 'node:net';
import type { SimFaults } from '../model/config.js';
import { createSimServer, DEFAULT_NOW, RESET_PATH } from './server.js';

export { listVariants, plantedDifferences, variantNames, variantConfig } from './variants/registry.js';
export type { PlantedDifference, VariantInfo, VariantConfig } from './variants/types.js';
export { isValidNhsNumber, formatNhsNumber, testNhsNumbers } from './data/nhs-number.js';
export { DEFAULT_NOW, RESET_PATH };

export interface StartSimOptions {
  variant: string;
  port?: number; // 0 (default) = a free port
  host?: string; // default 127.0.0.1
  now?: string; // ISO; default 2026-06-01T09:00:00Z
  faults?: SimFaults;
}

export interface RunningSim {
  url: string; // http://127.0.0.1:PORT (no trailing slash)
  variant: string;
  close(): Promise<void>;
  /** Every request received, in order, including those a fault dropped. */
  requests: { method: string; path: string }[];
  /** Back to the seeded data, as POST /__sim/reset does. */
  reset(): void;
}

/** Starts a variant. Throws InputError (SIM_UNKNOWN_VARIANT, SIM_BAD_NOW) before listening on bad input. */
export async function startSim(opts: StartSimOptions): Promise<RunningSim> {
  const { server, requests, variant, reset } = createSimServer(opts);
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const addr = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  let closed: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${addr.port}`,
    variant,
    requests,
    reset,
    close(): Promise<void> {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
