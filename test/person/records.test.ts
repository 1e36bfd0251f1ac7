// A clinic list in TRAIN and in LIVE never holds the same patients, and a TRAIN that stays up
// between nightly runs changes its rows each night a journey saves. What the rows offer is the
// system; who is in them, in what order and how many still wait for an outcome is the day's data.
import { describe, expect, it } from 'vitest';
import { page, runPair, sentences } from './pairs.js';

const open = [{ name: 'Open the clinic list', actions: [{ expect: { target: { role: 'heading', name: 'Clinic list' }, visible: true } }] }];
type Row = [patient: string, time: string, outcomed: boolean];
const list = (rows: Row[], action = 'Record outcome', head = '<th>Time</th><th>Patient</th><th>Outcome</th>') => ({
  '/': page('Clinic list', `<main><h1>Clinic list</h1><table aria-label="Appointments today"><thead><tr>${head}</tr></thead><tbody>
    ${rows.map(([p, t, done]) => `<tr><td>${t}</td><td><a href="/p/${p.length}">${p}</a></td><td>${done ? 'Outcomed' : `<a href="/o/${p.length}">${action}</a>`}</td></tr>`).join('')}
  </tbody></table></main>`),
});

describe('rows of a table are records', () => {
  it('other patients, in another order, fewer still to be outcomed: no change of the system', async () => {
    const r = await runPair(
      list([['JONES, Amir', '09:00', true], ['KHAN, Imran', '09:30', false], ['OKAFOR, Chidi', '10:00', false]]),
      list([['TAYLOR, Sophie', '09:00', false], ['JONES, Amir', '09:30', false], ['BROWN, Lily', '10:00', false], ['KHAN, Imran', '10:30', false]]),
      open);
    expect(sentences(r.divergences)).toEqual([]);
  });

  it('what the rows offer is still compared: an action renamed in every row is one change', async () => {
    const rows: Row[] = [['JONES, Amir', '09:00', false], ['KHAN, Imran', '09:30', false]];
    const r = await runPair(list(rows), list(rows, 'Outcome attendance'), open);
    expect(sentences(r.divergences.filter((d) => d.kind !== 'visual-only'))).toEqual([
      expect.stringMatching(/'Record outcome'.*'Outcome attendance'|'Outcome attendance'.*'Record outcome'/),
    ]);
  });

  it('a column that stops opening the record is a change', async () => {
    const rows: Row[] = [['JONES, Amir', '09:00', false], ['KHAN, Imran', '09:30', false]];
    const plain = list(rows);
    plain['/'] = plain['/']!.replace(/<a href="\/p\/\d+">([^<]+)<\/a>/g, '$1');
    const r = await runPair(list(rows), plain, open);
    expect(sentences(r.divergences).join('\n')).toMatch(/'Patient'.*missing|missing.*'Patient'/);
  });
});
