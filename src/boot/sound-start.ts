// When sound starts. Making the AudioContext and Howl blocks the main thread for tens of ms
// (hundreds on a slow phone), so howler and the sprite load only once a question has been on
// screen: at the next pointer or key press (which also unlocks audio), or a second later when the
// page is idle. The menu alone never loads them; cues before that are skipped silently
// (deferred-sound-board.ts).
import type { UiStore } from '../state/ui-store';

export function startSoundWhenPlaying(win: Window, uiStore: UiStore, start: () => void): () => void {
  let started = false;
  let questionShown = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const startSound = () => {
    if (started || !questionShown) return;
    started = true;
    off();
    start();
  };
  const off = () => {
    win.removeEventListener('pointerdown', startSound, true);
    win.removeEventListener('keydown', startSound, true);
  };
  win.addEventListener('pointerdown', startSound, true);
  win.addEventListener('keydown', startSound, true);
  const offQuestion = uiStore.subscribe((s) => {
    if (questionShown || (s.screen !== 'quiz' && s.screen !== 'intro')) return;
    questionShown = true;
    offQuestion();
    timer = setTimeout(() => {
      if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(startSound, { timeout: 1000 });
      else startSound();
    }, 1000);
  });
  return () => {
    started = true;
    off();
    offQuestion();
    clearTimeout(timer);
  };
}
