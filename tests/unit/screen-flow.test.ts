// The screen flow's transition function (src/state/screen-flow.ts), every screen × every event,
// and the ui store applying it.
import { describe, expect, it } from 'vitest';
import { nextScreen, type FlowEvent, type Screen } from '../../src/state/screen-flow';
import { createUiStore } from '../../src/state/ui-store';

const SCREENS: Screen[] = ['loading', 'menu', 'intro', 'quiz', 'results'];
const EVENTS: FlowEvent[] = [
  { type: 'ready', first: 'menu' },
  { type: 'ready', first: 'quiz' },
  { type: 'ready', first: 'intro' },
  { type: 'play' },
  { type: 'finish' },
  { type: 'menu' },
];

/** The whole table, written out: screen → event → next screen (null: not taken). */
const TABLE: Record<Screen, (Screen | null)[]> = {
  loading: ['menu', 'quiz', 'intro', null, null, 'menu'],
  menu: [null, null, null, 'quiz', null, 'menu'],
  intro: [null, null, null, 'quiz', null, 'menu'],
  quiz: [null, null, null, 'quiz', 'results', 'menu'],
  results: [null, null, null, 'quiz', null, 'menu'],
};

describe('screen flow', () => {
  for (const screen of SCREENS) {
    EVENTS.forEach((event, i) => {
      it(`${screen} + ${JSON.stringify(event)} → ${TABLE[screen][i]}`, () => {
        expect(nextScreen(screen, event)).toBe(TABLE[screen][i]);
      });
    });
  }

  it('the first screen comes only once: a late "ready" never leaves a screen the player is on', () => {
    for (const screen of SCREENS.filter((s) => s !== 'loading')) expect(nextScreen(screen, { type: 'ready', first: 'quiz' })).toBeNull();
  });

  it('the ui store applies it, and an event the screen does not take changes nothing', () => {
    const ui = createUiStore();
    expect(ui.getState().go({ type: 'finish' })).toBe(false);
    expect(ui.getState().screen).toBe('loading');
    expect(ui.getState().screenSeq).toBe(0);
    expect(ui.getState().go({ type: 'ready', first: 'menu' })).toBe(true);
    expect(ui.getState().screen).toBe('menu');
    ui.getState().go({ type: 'play' });
    expect(ui.getState().screen).toBe('quiz');
    ui.getState().setLeaveOpen(true);
    expect(ui.getState().go({ type: 'finish' })).toBe(true);
    expect(ui.getState().screen).toBe('results');
    // A new screen closes the leave dialog and clears the published control rectangles.
    expect(ui.getState().leaveOpen).toBe(false);
    expect(ui.getState().controls).toEqual({});
    const seq = ui.getState().screenSeq;
    expect(ui.getState().go({ type: 'finish' })).toBe(false);
    expect(ui.getState().screenSeq).toBe(seq);
  });
});
