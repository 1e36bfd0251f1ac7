// Naming what a recording leaves unnamed: the journey's id, each step (after the screen it shows),
// and the secret a password becomes.

/** `Book an appointment (Cardiology)` → `book-an-appointment-cardiology`. */
export function slug(text: string): string {
  const s = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return s.slice(0, 60).replace(/-+$/, '') || 'recording';
}

/** Chrome names a new recording "Recording 01/12/2026 at 10:04:33": no name a trainer chose. */
export function isDefaultTitle(title: string): boolean {
  return /^(Recording|Aufzeichnung|Enregistrement|Grabación|Registrazione)\b.*\d/.test(title.trim()) || title.trim() === '';
}

const SEPARATORS = [' - ', ' – ', ' — ', ' | ', ' · ', ' :: '];

/**
 * The part every title of one site ends with (" - Meridian PAS"), found across the recording's
 * titles so that "Find patient - Meridian PAS" names its screen "Find patient".
 */
export function siteSuffix(titles: string[]): string {
  const tails = titles.map((t) => {
    let best = '';
    for (const sep of SEPARATORS) {
      const at = t.lastIndexOf(sep);
      if (at > 0 && t.length - at > best.length) best = t.slice(at);
    }
    return best;
  });
  const first = tails[0];
  return first && tails.every((t) => t === first) ? first : '';
}

export function screenName(title: string, suffix: string): string {
  const t = title.replace(/\s+/g, ' ').trim();
  return (suffix && t.endsWith(suffix) ? t.slice(0, -suffix.length) : t).trim();
}

/** `search-by-surname` → "Search by surname": a file name as a title, `fallback` where it has no words. */
export function fileTitle(base: string, fallback: string): string {
  const s = base.replace(/[-_.]+/g, ' ').replace(/\s+/g, ' ').trim();
  return s ? s[0]!.toUpperCase() + s.slice(1) : fallback;
}

/** `/patients/search` → "Patients search"; for a screen with no title or heading. */
export function pathName(path: string): string {
  // Segments that are record numbers or codes (/patients/MRN100234) say nothing about the screen.
  const words = path.split(/[?#]/)[0]!.split('/').filter((p) => p && !/\d/.test(p));
  const s = words.join(' ').replace(/[-_.]+/g, ' ').trim();
  return s ? s[0]!.toUpperCase() + s.slice(1) : 'Start';
}

/** Names unique within a journey: the second "Find patient" is "Find patient (2)". */
export function uniqueNames(names: string[]): string[] {
  const used = new Map<string, number>();
  return names.map((n) => {
    const k = (used.get(n) ?? 0) + 1;
    used.set(n, k);
    return k === 1 ? n : `${n} (${k})`;
  }).map((n, i, all) => (all.indexOf(n) === i ? n : `${n} (${i + 1})`));
}

/** The environment variable a password field's value comes from: "Password" → PASSWORD. */
export function secretName(label: string | undefined, taken: Set<string>): string {
  const base = (label ?? 'password').normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '').toUpperCase() || 'PASSWORD';
  const name = /^[A-Z]/.test(base) ? base : `PASSWORD_${base}`;
  let n = name;
  for (let k = 2; taken.has(n); k++) n = `${name}_${k}`;
  return n;
}
