// Announcing through a polite live region. The text is cleared, then set a moment later, so a
// screen reader speaks even a message that repeats the last one; `data-last` keeps the latest
// message for tests to read while the region itself is empty.
export interface Announcer {
  announce: (message: string) => void;
  dispose: () => void;
}

export function liveAnnouncer(region: HTMLElement, delayMs: number): Announcer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    announce(message) {
      region.dataset.last = message;
      region.textContent = '';
      clearTimeout(timer);
      timer = setTimeout(() => (region.textContent = message), delayMs);
    },
    dispose: () => clearTimeout(timer),
  };
}
