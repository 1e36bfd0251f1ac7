// For the type checker only (tsconfig.browser.json): what the recorder's script finds on a page that
// the DOM library does not declare. Never shipped.

interface Window {
  /** The binding Node exposes (page.exposeBinding); taken into the script's closure and deleted. */
  __parityRecord?: (event: unknown) => Promise<unknown>;
}

/** Replaced by the session's token, as a JSON string, before the script is installed (recorder-script.ts). */
declare const __PARITY_TOKEN__: string;
