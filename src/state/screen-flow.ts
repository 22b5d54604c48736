// The screen flow as a typed state machine: which screen follows which, on what event. Pure (no
// store, no DOM), so every transition is pinned by a unit test; the ui store applies it (`go`),
// and an event a screen does not accept changes nothing (a late "round finished" after the player
// left for the menu cannot throw them onto the results).
export type Screen = 'loading' | 'menu' | 'intro' | 'quiz' | 'results';

export type FlowEvent =
  /** Packs listed (and a deep link's round prepared): the first real screen. */
  | { type: 'ready'; first: 'menu' | 'quiz' | 'intro' }
  /** A round starts (Play, Play again, a Daily, a challenge's Start). */
  | { type: 'play' }
  /** The round on screen ended (last answer, last life). */
  | { type: 'finish' }
  /** To the menu (Menu, Leave, a round that could not start, a pack opened). */
  | { type: 'menu' };

/** The screen after `event` on `screen`, or null when that screen does not take it. */
export function nextScreen(screen: Screen, event: FlowEvent): Screen | null {
  switch (event.type) {
    case 'ready':
      return screen === 'loading' ? event.first : null;
    case 'play':
      return screen === 'loading' ? null : 'quiz';
    case 'finish':
      return screen === 'quiz' ? 'results' : null;
    case 'menu':
      return 'menu';
  }
}
