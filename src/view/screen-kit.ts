// What every screen module is handed by view-root.ts: the controller, a listener registry
// (removed on dispose) and `control`, which names an element the player presses or reads, so the
// view root can publish where it is (the scenes aim their effects at it; browser tests tap it).
import type { GameController } from '../app/controller';
import { makeElement, type Attrs } from '../app/dom/element';

export interface ScreenKit {
  app: GameController;
  /** addEventListener, removed again when the view is disposed. */
  listen: <K extends keyof HTMLElementEventMap>(target: HTMLElement | Document, type: K, fn: (e: HTMLElementEventMap[K]) => void) => void;
  /** Name a control (`data-control`): its rectangle is published in the ui store while its screen shows. */
  control: <T extends HTMLElement>(id: string, node: T) => T;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, children: (Node | string)[] = []): HTMLElementTagNameMap[K] {
  return makeElement(document, tag, attrs, children);
}

/** Only touches the DOM when the text changes (no needless mutations for screen readers). */
export function setText(node: HTMLElement, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}
