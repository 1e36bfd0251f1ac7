// The one place that says how Chromium is launched. These flags keep it quiet and offline:
// no sandbox (we run as root in CI), no GPU, and nothing that phones home at start-up.
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--disable-dev-shm-usage',
  // Same text rendering everywhere: screenshots must be byte-identical between runs.
  '--font-render-hinting=none',
  '--disable-font-subpixel-positioning',
  '--force-color-profile=srgb',
  '--hide-scrollbars',
];
