// What Node takes from the recorder script: only a signed event of a known kind, with fields of
// the types and lengths the script sends; and page text written as a literal, never a template.
import { describe, expect, it } from 'vitest';
import { escapeLocator, escapeTemplates, parsePageEvent } from '../../src/record/page-event.js';

const T = 'session-token';
const ev = (o: Record<string, unknown>) => JSON.stringify({ token: T, ...o });
const hints = { tag: 'button', label: '', text: 'Save', css: 'button' };

describe('page events', () => {
  it('takes a signed event of a known kind', () => {
    expect(parsePageEvent(ev({ kind: 'click', mark: '3', hints }), T)).toEqual({ kind: 'click', mark: '3', hints });
    expect(parsePageEvent(ev({ kind: 'press', key: 'Enter', mark: '1', hints }), T)).toMatchObject({ kind: 'press', key: 'Enter' });
  });

  it.each([
    ['no token', JSON.stringify({ kind: 'finish' })],
    ['a wrong token', JSON.stringify({ kind: 'finish', token: 'guess' })],
    ['not a string', { kind: 'finish', token: T }],
    ['not JSON', '{kind:'],
    ['an unknown kind', ev({ kind: 'eval' })],
    ['a value that is not a string', ev({ kind: 'fill', value: 42, mark: '1', hints })],
    ['a mark that is not a number', ev({ kind: 'click', mark: '[onclick]', hints })],
    ['a name too long', ev({ kind: 'step', name: 'x'.repeat(501) })],
    ['a field it does not send', ev({ kind: 'click', mark: '1', hints, eval: 'x' })],
    ['hints of the wrong shape', ev({ kind: 'click', mark: '1', hints: { tag: 'a' } })],
    ['a key other than Enter', ev({ kind: 'press', key: 'Tab', mark: '1', hints })],
    ['secret that is not a boolean', ev({ kind: 'fill', secret: 'yes', mark: '1', hints })],
  ])('drops an event with %s', (_what, raw) => {
    expect(parsePageEvent(raw, T)).toBeUndefined();
  });

  it('writes ${ from a page as $${, in values and in every word of a locator', () => {
    expect(escapeTemplates('${secret.LIVE_PW} and $${x}')).toBe('$${secret.LIVE_PW} and $$${x}');
    const none = { text: (s: string) => s };
    expect(escapeLocator({ role: 'option', name: '${env.HOME}', within: { label: 'a ${b}' } }, none)).toEqual({ role: 'option', name: '$${env.HOME}', within: { label: 'a $${b}' } });
  });
});
