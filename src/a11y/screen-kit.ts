// What every screen module of the DOM twin is handed by dom-controls.ts: the controller, a
// listener registry (removed on dispose) and the overlay registry (elements laid over drawings).
import type { GameController } from '../app/controller';
import { makeElement, type Attrs } from '../app/dom/element';
import type { Screen } from '../state/ui-store';

export interface ScreenKit {
  app: GameController;
  /** addEventListener, removed again when the DOM twin is disposed. */
  listen: <K extends keyof HTMLElementEventMap>(target: HTMLElement | Document, type: K, fn: (e: HTMLElementEventMap[K]) => void) => void;
  /** Register an element laid over the canvas drawing that scenes publish as `id`. */
  overlay: <T extends HTMLElement>(screen: Screen, id: string, node: T) => T;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, children: (Node | string)[] = []): HTMLElementTagNameMap[K] {
  return makeElement(document, tag, attrs, children);
}

/** Only touches the DOM when the text changes (no needless mutations for screen readers). */
export function setText(node: HTMLElement, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}
