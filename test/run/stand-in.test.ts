// Which control stands in for a trained one that is gone: only a strong candidate, and only one.
import { describe, expect, it } from 'vitest';
import { chooseStandIn } from '../../src/run/stand-in.js';
import type { FormControl } from '../../src/model/capture.js';

let order = 0;
const c = (role: string, name: string, over: Partial<FormControl> = {}): FormControl => ({
  role, name, tag: role === 'button' ? 'button' : 'input', required: false, disabled: false, readonly: false,
  box: { x: 10, y: 10 + 40 * order, width: 80, height: 30 }, order: order++, ...over,
});

describe('a stand-in for a trained control', () => {
  it('is the control of the same role where the reference had it (same box, or the same slot in its form)', () => {
    const book = c('button', 'Book', { region: 'Booking', box: { x: 100, y: 500, width: 60, height: 30 } });
    const cancel = c('button', 'Cancel', { region: 'Booking', box: { x: 170, y: 500, width: 60, height: 30 } });
    const reserve = c('button', 'Reserve', { region: 'Booking', box: { x: 100, y: 502, width: 70, height: 30 } });
    const cancel2 = c('button', 'Cancel', { region: 'Booking', box: { x: 180, y: 502, width: 60, height: 30 } });
    expect(chooseStandIn([reserve, cancel2], { role: 'button', name: 'Book' }, { control: book, controls: [book, cancel] }))
      .toEqual({ role: 'button', name: 'Reserve', why: 'same place' });
    // Pushed down the page by a new field: still the first button of the form 'Booking'.
    const lower = { ...reserve, box: { ...reserve.box, y: 560 } };
    const lowerCancel = { ...cancel2, box: { ...cancel2.box, y: 560 } };
    expect(chooseStandIn([lower, lowerCancel], { role: 'button', name: 'Book' }, { control: book, controls: [book, cancel] }))
      .toMatchObject({ name: 'Reserve', why: 'same place' });
  });

  it('is the control with the id, test id or name attribute the reference gave it', () => {
    const ref = c('textbox', 'Surname', { nameAttr: 'surname', box: { x: 0, y: 0, width: 10, height: 10 } });
    const now = c('textbox', 'Family name', { nameAttr: 'surname', box: { x: 500, y: 500, width: 10, height: 10 } });
    expect(chooseStandIn([c('textbox', 'Forename'), now], { role: 'field', name: 'Surname' }, { control: ref, controls: [ref] }))
      .toMatchObject({ name: 'Family name', why: 'same id' });
    // Without the reference: an id or name attribute that still says the trained words.
    expect(chooseStandIn([c('textbox', 'Forename'), now], { role: 'field', name: 'Surname' })).toMatchObject({ name: 'Family name', why: 'same id' });
  });

  it('is a name a few letters off, clearly closer than any other', () => {
    expect(chooseStandIn([c('textbox', 'NHS No'), c('textbox', 'Surname')], { role: 'field', name: 'NHS No.' })).toMatchObject({ name: 'NHS No', why: 'close name' });
    expect(chooseStandIn([c('button', 'Save & close'), c('button', 'Cancel')], { role: 'button', name: 'Save and close' })).toMatchObject({ why: 'close name' });
  });

  it('is nothing for a weak resemblance, an ambiguous one, another role or a disabled control', () => {
    expect(chooseStandIn([c('button', 'Book later'), c('button', 'Cancel')], { role: 'button', name: 'Book' })).toBeUndefined();
    expect(chooseStandIn([c('button', 'Reserve')], { role: 'button', name: 'Book' })).toBeUndefined(); // no reference: nothing says it is the same
    expect(chooseStandIn([c('button', 'Saves'), c('button', 'Saved')], { role: 'button', name: 'Save' })).toBeUndefined();
    expect(chooseStandIn([c('link', 'Surnames')], { role: 'button', name: 'Surname' })).toBeUndefined();
    expect(chooseStandIn([c('button', 'Sav', { disabled: true })], { role: 'button', name: 'Save' })).toBeUndefined();
    expect(chooseStandIn([c('button', 'Sav')], { name: 'Save' })).toBeUndefined(); // a text locator names no role
    // Two radios share a name attribute by design: that says nothing about which is which.
    const r1 = c('radio', 'Male', { nameAttr: 'sex' });
    expect(chooseStandIn([c('radio', 'Man', { nameAttr: 'sex', box: { x: 900, y: 900, width: 1, height: 1 } })], { role: 'radio', name: 'Male' }, { control: r1, controls: [r1] })).toBeUndefined();
  });
});
