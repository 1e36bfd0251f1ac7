// What a person did, grouped into journey steps as `parity import` groups a recording: a step is
// a screen. It begins with the action that arrived there (the click whose navigation followed),
// holds what was done on that screen, and is named after it (its heading, or the name the person
// gave with "New step here"). Pure: the browser session feeds it, tests can too.
import type { DraftAction, DraftJourney, DraftStep } from '../import/draft.js';
import { stepNames } from '../import/index.js';
import { uniqueNames } from '../import/names.js';

export interface RecordedStep extends DraftStep {
  /** The name the person gave ("New step here"); else the screen names it. */
  named?: string;
}

/** How long after an action a navigation is still that action's doing (a slow server, a redirect). */
const CAUSE_MS = 10_000;
const CAUSES = new Set(['click', 'press', 'select', 'check', 'uncheck']);

export class RecordedSteps {
  readonly steps: RecordedStep[] = [];
  private last?: { action: DraftAction; at: number; caused: boolean };
  private wroteOn = new WeakSet<DraftAction>();
  private url?: string;

  constructor(startUrl: string) {
    this.steps.push({ arrival: { url: startUrl }, actions: [] });
    this.url = startUrl;
  }

  get current(): RecordedStep {
    return this.steps[this.steps.length - 1]!;
  }

  /** Adds an action to the current screen; a field filled again in a row keeps its last value only. */
  add(a: DraftAction, now: number): void {
    const prev = this.current.actions[this.current.actions.length - 1];
    if (prev && a.kind === 'fill' && prev.kind === 'fill' && sameTarget(prev, a)) this.current.actions.pop();
    this.current.actions.push(a);
    this.last = { action: a, at: now, caused: false };
  }

  /** The person's "New step here": what is done from now on is a step of this name. */
  newStep(name: string): void {
    // Nothing done on this screen yet: the screen itself is the step the person is naming.
    if (!this.current.actions.length) this.current.named = name;
    else this.steps.push({ arrival: { url: this.url }, actions: [], named: name });
    this.last = undefined;
  }

  /**
   * The page showed another address: a new screen, begun by the action that caused it (the last
   * one, if recent and of a kind that navigates), or else by the person going there (`goto`).
   * Returns the step the screen belongs to, for its heading, or undefined when nothing changed.
   */
  navigated(url: string, path: string, now: number): number | undefined {
    if (url === this.url || (this.url && sameDocument(this.url, url))) return undefined;
    this.url = url;
    const l = this.last;
    const cur = this.current;
    const byAction = l && !l.caused && CAUSES.has(l.action.kind) && now - l.at < CAUSE_MS && cur.actions[cur.actions.length - 1] === l.action;
    if (byAction) {
      l.caused = true;
      // The person named this step and its first action is the one that left: the name is the person's, keep the step.
      if (cur.named !== undefined && cur.actions.length === 1) {
        cur.arrival = { url };
        return this.steps.length - 1;
      }
      cur.actions.pop();
      this.steps.push({ arrival: { url }, actions: [l.action] });
    } else {
      const goto: DraftAction = { kind: 'goto', value: path, from: [], notes: [], warnings: [] };
      this.steps.push({ arrival: { url }, actions: [goto] });
      this.last = { action: goto, at: now, caused: true };
    }
    return this.steps.length - 1;
  }

  /** What the screen showed, once it had loaded: names the step. */
  screen(step: number, heading: string | undefined, title: string | undefined): void {
    const s = this.steps[step];
    if (!s) return;
    if (heading) s.heading = heading;
    if (title) s.arrival = { ...s.arrival, title };
  }

  /** What the page said of itself when drawn: names the latest step at that address, unless the screen was read already. */
  screenAt(url: string, heading: string | undefined, title: string | undefined): void {
    for (let i = this.steps.length - 1; i >= 0; i--) {
      const s = this.steps[i]!;
      if (s.arrival.url !== url) continue;
      if (!s.heading && heading) s.heading = heading;
      if (!s.arrival.title && title) s.arrival = { ...s.arrival, title };
      return;
    }
  }

  /** A request that changes data (or one the guard refused) was sent: the step that sent it commits. */
  wrote(): void {
    if (this.last) this.wroteOn.add(this.last.action);
    else this.current.commits = true;
  }

  /** The draft as import's writer takes it, with each step's name. */
  draft(d: { id: string; title: string; start: string; file: string }): { journey: DraftJourney; names: string[] } {
    const steps = this.steps.filter((s, i) => i === 0 || s.actions.length);
    for (const s of steps) if (s.actions.some((a) => this.wroteOn.has(a))) s.commits = true;
    const journey: DraftJourney = { file: d.file, id: d.id, title: d.title, start: d.start, steps, warnings: [] };
    const screenNames = stepNames(journey);
    return { journey, names: uniqueNames(steps.map((s, i) => s.named ?? screenNames[i]!)) };
  }
}

function sameTarget(a: DraftAction, b: DraftAction): boolean {
  return JSON.stringify(a.target) === JSON.stringify(b.target);
}

/** Only the #fragment differs: the same screen scrolled, not another one. */
function sameDocument(a: string, b: string): boolean {
  try {
    const x = new URL(a), y = new URL(b);
    x.hash = y.hash = '';
    return x.href === y.href && a !== b;
  } catch {
    return false;
  }
}

/**
 * The session's events, one at a time in the order they came: a page's event (its locator looked
 * up, which takes a while) and a navigation are handled in turn, so the screen a slow click led
 * to is still that click's. A task that throws is reported by `onError` with its kind only (an
 * event's payload can hold what was typed), and the queue goes on.
 */
export class EventQueue {
  private tail: Promise<unknown> = Promise.resolve();
  constructor(private readonly onError: (what: string, e: unknown) => void) {}

  push<T>(what: string, task: () => T | Promise<T>): Promise<T | undefined> {
    const next = this.tail.then(task).catch((e: unknown) => {
      this.onError(what, e);
      return undefined;
    });
    this.tail = next;
    return next;
  }

  /** Resolves once every task pushed so far has ended. */
  drained(): Promise<void> {
    return this.tail.then(() => undefined);
  }
}

/** The session's queue, with the page's navigations in it: see RecordedSteps.navigated. */
export class RecordingQueue extends EventQueue {
  constructor(readonly steps: RecordedSteps, onError: (what: string, e: unknown) => void) {
    super(onError);
  }

  /** The main frame showed `url` at `at`: taken in turn, after the events that came before it. */
  navigated(url: string, path: string, at: number): Promise<number | undefined> {
    return this.push('navigation', () => this.steps.navigated(url, path, at));
  }
}
