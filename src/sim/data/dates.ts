// Dates in the simulator come from the server's fixed `now`, never from the real clock, so the same
// request renders the same page on any day. Shown the way a PAS shows them: 01-Jun-2026; typed
// the way staff type them: 01/06/2026.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const DAY_MS = 86_400_000;

/** A calendar day as days since 1970-01-01 (UTC): easy to add to and compare. */
export type DayNumber = number;

export function dayOf(iso: string): DayNumber {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new Error(`not a date: ${iso}`);
  return Math.floor(t / DAY_MS);
}

function parts(day: DayNumber): { y: number; m: number; d: number; dow: number } {
  const dt = new Date(day * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth(), d: dt.getUTCDate(), dow: dt.getUTCDay() };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** 01-Jun-2026 */
export function showDay(day: DayNumber): string {
  const p = parts(day);
  return `${pad(p.d)}-${MONTHS[p.m]}-${p.y}`;
}

/** Mon 01-Jun-2026 */
export function showDayLong(day: DayNumber): string {
  return `${DAYS[parts(day).dow]} ${showDay(day)}`;
}

/** 01/06/2026: what a date field holds. */
export function typedDay(day: DayNumber): string {
  const p = parts(day);
  return `${pad(p.d)}/${pad(p.m + 1)}/${p.y}`;
}

/** 2026-06-01 */
export function isoDay(day: DayNumber): string {
  const p = parts(day);
  return `${p.y}-${pad(p.m + 1)}-${pad(p.d)}`;
}

export function dayOfWeek(day: DayNumber): number {
  return parts(day).dow;
}

/** Accepts 01/06/2026, 1/6/2026, 2026-06-01 and 01-Jun-2026; null for anything else or an impossible date. */
export function parseDay(input: string): DayNumber | null {
  const s = input.trim();
  let y: number, m: number, d: number;
  let r: RegExpExecArray | null;
  if ((r = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s))) [d, m, y] = [Number(r[1]), Number(r[2]), Number(r[3])];
  else if ((r = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) [y, m, d] = [Number(r[1]), Number(r[2]), Number(r[3])];
  else if ((r = /^(\d{1,2})-([A-Za-z]{3})-(\d{4})$/.exec(s))) {
    const mi = MONTHS.findIndex((x) => x.toLowerCase() === r![2]!.toLowerCase());
    if (mi < 0) return null;
    [d, m, y] = [Number(r[1]), mi + 1, Number(r[3])];
  } else return null;
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return Math.floor(t / DAY_MS);
}

/** Whole years between a birth day and today. */
export function ageOn(birth: DayNumber, today: DayNumber): number {
  const b = parts(birth), t = parts(today);
  let age = t.y - b.y;
  if (t.m < b.m || (t.m === b.m && t.d < b.d)) age--;
  return age;
}

/** "09:00" from an ISO timestamp (UTC: the sim's clock is a fixed instant, shown as given). */
export function timeOf(iso: string): string {
  const dt = new Date(Date.parse(iso));
  return `${pad(dt.getUTCHours())}:${pad(dt.getUTCMinutes())}`;
}

/** 2026-05 → the first and last day of that month. */
export function monthRange(ym: string): { first: DayNumber; last: DayNumber } | null {
  const r = /^(\d{4})-(\d{2})$/.exec(ym);
  if (!r) return null;
  const y = Number(r[1]), m = Number(r[2]);
  if (m < 1 || m > 12) return null;
  return { first: Math.floor(Date.UTC(y, m - 1, 1) / DAY_MS), last: Math.floor(Date.UTC(y, m, 0) / DAY_MS) };
}

export function monthLabel(ym: string): string {
  const r = /^(\d{4})-(\d{2})$/.exec(ym);
  return r ? `${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][Number(r[2]) - 1]} ${r[1]}` : ym;
}

/** The month before the one `day` falls in, as 2026-05: the RTT return is always for last month. */
export function previousMonth(day: DayNumber): string {
  const p = parts(day);
  const y = p.m === 0 ? p.y - 1 : p.y;
  const m = p.m === 0 ? 12 : p.m;
  return `${y}-${pad(m)}`;
}
