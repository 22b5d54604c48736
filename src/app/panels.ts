// DOM panels that one view mounts into another view's screen (the share panel on the results,
// the Daily and Open pack on the menu). The DOM twin owns the slots; the panels only know this
// shape, so no view imports another.
import type { GameController } from './controller';

/** Mount a panel into its slot; returns its cleanup. */
export type PanelMount = (container: HTMLElement, app: GameController) => (() => void) | void;

export interface DomExtensions {
  menu: PanelMount[];
  results: PanelMount[];
  /** A challenge link's intro (its online board). */
  intro?: PanelMount[];
  /** The menu's Daily card, at the top of the menu (front and centre, not in its side panel). */
  menuDaily?: PanelMount[];
}
