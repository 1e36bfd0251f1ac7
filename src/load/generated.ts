// Values a journey makes fresh for each run, so a suite runs night after night against environments
// that keep what earlier nights did: ${run.id}, ${gen.nhsNumber}, ${gen.name}, ${gen.id}, and dates
// counted from the environment's clock (${date.today+3d|ddd DD-MMM-YYYY}).
// A value is derived from the run id, the journey and the reference, never from Math.random: the
// same in every environment of a run (so TRAIN and LIVE show the same screens), the same when a run
// is resumed, and different in the next run.
import { createHash } from 'node:crypto';
import { checkDigit, formatNhsNumber } from '../util/nhs-number.js';
import type { GeneratedValue } from '../model/capture.js';

export type { GeneratedValue };

export const GEN_KINDS = ['nhsNumber', 'name', 'id'] as const;
export type GenKind = (typeof GEN_KINDS)[number];

export interface GenScope {
  runId: string;
  /** The journey the value is made for ('' for sign-in and headers). */
  journey: string;
  /** The environment's today, YYYY-MM-DD, in its time zone: what ${date.*} counts from. */
  today: string;
}

function digest(scope: GenScope, kind: string, label: string): Buffer {
  return createHash('sha256').update(`${scope.runId}\u0000${scope.journey}\u0000${kind}\u0000${label}`).digest();
}

/**
 * A valid test NHS number (999 range, modulus 11 check digit), shown "999 123 4567". The fourth
 * digit is 1–9: the block 999 0xx xxxx is where simulators and training domains seed their patients.
 */
function nhsNumber(h: Buffer): string {
  let n = (h.readUInt32BE(0) % 9) * 100_000 + 100_000 + (h.readUInt32BE(4) % 100_000);
  for (;;) {
    const nine = `999${String(n).padStart(6, '0')}`;
    const c = checkDigit(nine);
    if (c !== null) return formatNhsNumber(nine + String(c));
    n = n >= 999_999 ? 100_000 : n + 1; // one prefix in eleven has no valid check digit
  }
}

const CONSONANTS = 'bdfgklmnprstvz';
const VOWELS = 'aeiou';

/** A pronounceable surname of seven letters ("Kovabet"): letters only, so any name field takes it. */
function name(h: Buffer): string {
  let s = '';
  for (let i = 0; i < 7; i++) s += i % 2 ? VOWELS[h[i]! % VOWELS.length] : CONSONANTS[h[i]! % CONSONANTS.length];
  return s[0]!.toUpperCase() + s.slice(1);
}

/** Eight lowercase letters and digits, for references and free text. */
function id(h: Buffer): string {
  const A = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < 8; i++) s += A[h[i + 8]! % A.length];
  return s;
}

export function generate(kind: GenKind, label: string, scope: GenScope): string {
  const h = digest(scope, kind, label);
  return kind === 'nhsNumber' ? nhsNumber(h) : kind === 'name' ? name(h) : id(h);
}

// ---- dates counted from the environment's clock ---------------------------------------------

export const DATE_ANCHORS = ['today', 'startOfMonth', 'endOfMonth'] as const;
export type DateAnchor = (typeof DATE_ANCHORS)[number];
/** d days, wd working days (Monday to Friday), w weeks, m months, y years. */
export type DateUnit = 'd' | 'wd' | 'w' | 'm' | 'y';
export interface DateExpr { anchor: DateAnchor; offsets: { n: number; unit: DateUnit }[]; format: string }

/** How staff type a date in an en-GB PAS. */
export const DEFAULT_DATE_FORMAT = 'DD/MM/YYYY';

const FORMAT_TOKENS = /YYYY|YY|MMMM|MMM|MM|M|DD|D|dddd|ddd/g;

/** "today+3d-1m|ddd DD-MMM-YYYY" (after "date."): the parsed expression, or what is wrong with it. */
export function parseDateExpr(text: string): DateExpr | { error: string } {
  const [body = '', ...fmt] = text.split('|');
  const format = fmt.length ? fmt.join('|').trim() : DEFAULT_DATE_FORMAT;
  const m = /^\s*([A-Za-z]+)\s*((?:[+-]\s*\d+\s*[A-Za-z]+\s*)*)$/.exec(body);
  if (!m) return { error: 'write a date as date.today, date.today+3d or date.startOfMonth-1m, optionally with |FORMAT' };
  const anchor = m[1]! as DateAnchor;
  if (!DATE_ANCHORS.includes(anchor)) return { error: `'${m[1]}' is not a date anchor; use ${DATE_ANCHORS.join(', ')}` };
  const offsets: DateExpr['offsets'] = [];
  for (const o of m[2]!.matchAll(/([+-])\s*(\d+)\s*([A-Za-z]+)/g)) {
    const unit = o[3]! as DateUnit;
    if (!['d', 'wd', 'w', 'm', 'y'].includes(unit)) return { error: `'${o[3]}' is not a date unit; use d (days), wd (working days), w (weeks), m (months) or y (years)` };
    const n = Number(o[2]);
    if (n > 100_000) return { error: `${o[2]}${unit} is too far from today` };
    offsets.push({ n: o[1] === '-' ? -n : n, unit });
  }
  if (!/YYYY|YY|MMMM|MMM|MM|M|DD|D|dddd|ddd/.test(format)) return { error: `the format '${format}' has no date in it; use tokens such as DD/MM/YYYY, ddd DD-MMM-YYYY or MMMM YYYY` };
  return { anchor, offsets, format };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
}

/** Months added keep the day where the month has it (31 Jan + 1m = 28 or 29 Feb). */
function addMonths(d: Date, n: number): Date {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + n;
  const ty = y + Math.floor(m / 12);
  const tm = ((m % 12) + 12) % 12;
  return new Date(Date.UTC(ty, tm, Math.min(d.getUTCDate(), daysIn(ty, tm))));
}

function addWorkingDays(d: Date, n: number): Date {
  let out = d;
  const step = n < 0 ? -1 : 1;
  for (let left = Math.abs(n); left > 0;) {
    out = new Date(out.getTime() + step * 86_400_000);
    if (out.getUTCDay() !== 0 && out.getUTCDay() !== 6) left--;
  }
  return out;
}

/** The expression's date, counted from `today` (YYYY-MM-DD) and written in its format. */
export function evalDate(e: DateExpr, today: string): string {
  let d = new Date(`${today}T00:00:00Z`);
  // Months and years move the month first, so endOfMonth-1m is the last day of last month.
  const monthly = e.offsets.filter((o) => o.unit === 'm' || o.unit === 'y');
  const daily = e.offsets.filter((o) => o.unit !== 'm' && o.unit !== 'y');
  if (e.anchor !== 'today') {
    d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
    for (const o of monthly) d = addMonths(d, o.unit === 'y' ? o.n * 12 : o.n);
    if (e.anchor === 'endOfMonth') d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), daysIn(d.getUTCFullYear(), d.getUTCMonth())));
  }
  for (const o of e.anchor === 'today' ? e.offsets : daily) {
    if (o.unit === 'm' || o.unit === 'y') d = addMonths(d, o.unit === 'y' ? o.n * 12 : o.n);
    else if (o.unit === 'wd') d = addWorkingDays(d, o.n);
    else d = new Date(d.getTime() + o.n * (o.unit === 'w' ? 7 : 1) * 86_400_000);
  }
  return formatDate(d, e.format);
}

function formatDate(d: Date, format: string): string {
  const y = d.getUTCFullYear(), m = d.getUTCMonth(), day = d.getUTCDate(), dow = d.getUTCDay();
  const pad = (n: number) => String(n).padStart(2, '0');
  const token: Record<string, string> = {
    YYYY: String(y), YY: pad(y % 100), MMMM: MONTHS[m]!, MMM: MONTHS[m]!.slice(0, 3), MM: pad(m + 1), M: String(m + 1),
    DD: pad(day), D: String(day), dddd: DAYS[dow]!, ddd: DAYS[dow]!.slice(0, 3),
  };
  return format.replace(FORMAT_TOKENS, (t) => token[t]!);
}

/** The calendar day an instant falls on in a time zone, as YYYY-MM-DD: "today" for an environment. */
export function dayIn(instant: Date, timeZone: string): string {
  try {
    const p = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
    const v = (t: string) => p.find((x) => x.type === t)!.value;
    return `${v('year')}-${v('month')}-${v('day')}`;
  } catch {
    return instant.toISOString().slice(0, 10); // an unknown zone: UTC rather than a crash
  }
}
