// A trained action and the reason it was blocked, in a trainer's words: never YAML, scores or
// Playwright's call names.
import { describe, expect, it } from 'vitest';
import { actionInWords, blockedInWords, blockedReason, nearestInWords } from '../../src/util/trained-words.js';

describe('trained actions in words', () => {
  it('says each action as a trainer would, from the action as the journey wrote it', () => {
    expect(actionInWords('select { label: RTT status, option: 20 Continues }')).toBe("choose '20 Continues' in 'RTT status'");
    expect(actionInWords('click { role: button, name: Book }')).toBe("press the button 'Book'");
    expect(actionInWords('click { role: link, name: Open record }')).toBe("follow the link 'Open record'");
    expect(actionInWords('fill { label: Hospital number, value: RX1234567 }')).toBe("enter 'RX1234567' in 'Hospital number'");
    expect(actionInWords('fill { label: Access code, value: "${secret.CODE}" }')).toBe("enter a value in 'Access code'");
    expect(actionInWords('check { role: radio, name: Emergency - A&E }')).toBe("choose 'Emergency - A&E'");
    expect(actionInWords('check { label: Confirmed by a clinician }')).toBe("tick 'Confirmed by a clinician'");
    expect(actionInWords('press Tab')).toBe('press the Tab key');
    // The JSON one-liners the tests build read the same way.
    expect(actionInWords('select: {"label":"Clinic","option":"RIVR"}')).toBe("choose 'RIVR' in 'Clinic'");
  });

  it('gives the reason in words and something to try, with nothing of Playwright in it', () => {
    const a = 'select { label: RTT status, option: 20 Continues }';
    expect(blockedReason(a, "the field 'RTT status' is not on the screen").reason).toBe("this screen has no 'RTT status'");
    expect(blockedReason(a, "2 drop-downs match the field 'RTT status'; add nth or within to say which").reason)
      .toBe("there are 2 called 'RTT status' and the journey does not say which");
    expect(blockedReason(a, "the field 'RTT status' has no option '20 Continues' (it offers '10 Start', '30 Stop')").reason)
      .toBe("'RTT status' has no option '20 Continues' (it offers '10 Start', '30 Stop')");
    const covered = blockedReason('click { role: button, name: Book }', "the button 'Book' is on the screen but would not take the click: something is drawn over it and takes the click (a div showing 'Loading')");
    expect(covered.reason).toBe("'Book' is covered by something drawn over it");
    expect(covered.tryThis).toMatch(/banner|pop-up/);
    const odd = blockedReason('click { role: button, name: Book }', 'locator.click: Timeout 3000ms exceeded. <div class="x">');
    expect(odd.reason).not.toMatch(/locator\.|<div|ms exceeded/);
    expect(blockedInWords(a, "the field 'RTT status' is not on the screen")).toBe("could not choose '20 Continues' in 'RTT status': this screen has no 'RTT status'");
  });

  it('names the nearest by their words only', () => {
    expect(nearestInWords(['Outcome', 'Attendance', 'Outcome'])).toBe("the nearest are 'Outcome' and 'Attendance'");
    expect(nearestInWords(['Reserve'])).toBe("the nearest is 'Reserve'");
    expect(nearestInWords([])).toBe('');
  });
});
