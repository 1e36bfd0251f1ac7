// parity.config.yaml after loading, validation and defaults.
import type { Action, Locator } from './journey.js';

export type Severity = 'critical' | 'major' | 'minor' | 'cosmetic';
export const SEVERITIES: readonly Severity[] = ['critical', 'major', 'minor', 'cosmetic'];

export interface Viewport { width: number; height: number }

/** Signing in is ordinary actions, run once per environment; the storage state is then reused by every journey. */
export interface SignIn {
  path: string; // where the sign-in page is, default "/"
  actions: Action[]; // values may use ${secret.X}; empty with storageState
  /** Absolute path of the session `parity login` saved (a person signed in): runs reuse it until it expires. */
  storageState?: string;
}

/** Fault injection for the embedded simulator (reliability tests). */
export interface SimFaults {
  latencyMs?: number;
  errorRate?: number;
  downAfter?: number;
  slowElementMs?: number;
  flaky?: boolean;
  seed?: number;
}

/** An environment served by Parity's own simulated EHR (started by `parity run` itself). */
export interface SimTarget { variant: string; now?: string; faults?: SimFaults }

export interface EnvironmentConfig {
  name: string;
  /** Base URL; for a `sim` environment it is filled in when the simulator starts. */
  baseUrl: string;
  sim?: SimTarget;
  label?: string;
  signIn?: SignIn;
  writes: 'blocked' | 'allowed';
  /** URL patterns (substring or /regex/) that are blocked even for GET, where a read-only env needs it. */
  blockUrls: string[];
  concurrency: number;
  viewport: Viewport;
  locale: string;
  timezone: string;
  headers: Record<string, string>;
  /** Origins besides the baseUrl's that goto and start may open (scheme://host[:port]). */
  allowOrigins: string[];
  vars: Record<string, string>;
}

export interface MaskRule { selector: Locator; journeys?: string[]; envs?: string[] }

export interface NormaliseRule {
  name: string;
  pattern: string; // regular expression source
  flags?: string;
  replace: string; // placeholder, e.g. <NHS>
}

export interface RedactRule {
  /** Text pattern whose matches are replaced before anything is written. */
  pattern?: string;
  flags?: string;
  /** Region painted over in screenshots. */
  region?: Locator;
  replace?: string;
}

export interface VisualConfig {
  threshold: number; // pixelmatch per-pixel threshold 0..1
  maxDiffPixelRatio: number; // below this share of changed pixels, no visual divergence
  includeAA: boolean;
}

export interface BrowserConfig {
  executablePath?: string;
  /** Which installed browser to use (Playwright's channels): only its install paths are searched. */
  channel?: 'msedge' | 'chrome';
  /** Remote Playwright browser server (ws endpoint). */
  connect?: { wsEndpoint: string; headers?: Record<string, string> };
  args: string[];
  headless: boolean;
  /** New browsers a run may start after its browser crashes or goes away (0: give up at once). */
  restarts: number;
}

export interface CaptureConfig {
  /** Record typed values of free-text fields (off: values typed into fields are not captured). */
  values: boolean;
  fullPage: boolean;
  /** Fixed clock for every environment (ISO), where the app shows today's date. */
  clock?: string;
  actionTimeoutMs: number;
  navigationTimeoutMs: number;
  retries: number; // for environment-unavailable errors
  /** A blocked action with a strong stand-in is reported and the journey goes on with the stand-in,
   *  so the screens behind the block are still compared (never where that would send a refused write). */
  continuePastBlocks: boolean;
}

export interface ParityConfig {
  /** Absolute path of the config file; relative paths below are resolved against its folder. */
  file: string;
  dir: string;
  reference: string;
  environments: Record<string, EnvironmentConfig>;
  specs: string[]; // globs
  baselines: string; // folder
  acceptances: string; // file
  masks: MaskRule[];
  normalise: { defaults: boolean; rules: NormaliseRule[]; testPatients: string[] };
  redact: RedactRule[];
  visual: VisualConfig;
  failOn: Severity;
  browser: BrowserConfig;
  capture: CaptureConfig;
  vars: Record<string, string>;
}
