// The language the browser itself runs in. Chromium draws date and time inputs (dd/mm/yyyy or
// mm/dd/yyyy, a 24-hour clock or AM/PM) in its own UI language, not the page's navigator.language,
// which is all a context's `locale` sets. On Linux that language comes from the LANGUAGE variable
// at launch, and only languages whose pack is installed (Debian: chromium-l10n) take effect. It is
// one per browser process, so a run whose environments want different locales gets the reference's.
import type { EnvironmentConfig } from '../model/config.js';

export interface BrowserLanguage {
  /** BCP 47, as the config writes it: en-GB. */
  locale: string;
  /** Environments whose own locale is another: their date fields follow `locale`. */
  others: string[];
}

export function browserLanguage(envs: Pick<EnvironmentConfig, 'name' | 'locale'>[], reference: string): BrowserLanguage | undefined {
  if (!envs.length) return undefined;
  const locale = (envs.find((e) => e.name === reference) ?? envs[0]!).locale;
  if (!locale) return undefined;
  return { locale, others: envs.filter((e) => e.locale !== locale).map((e) => e.name) };
}
