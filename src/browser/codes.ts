// Error codes of finding and starting the browser (all EnvironmentError, exit 3).
// Stable: tests and scripts match on a code, never on wording; a code keeps its meaning once released.
export const BROWSER_CODES = {
  BROWSER_NOT_FOUND: 'no Chromium where PARITY_CHROMIUM or the usual places point',
  BROWSER_LAUNCH: 'a Chromium was found but did not start',
  BROWSER_CONNECT: 'the browser server of browser.connect did not answer',
} as const;

export type BrowserCode = keyof typeof BROWSER_CODES;
