// What every section of the studio shares: the document's one history (undo covers every field and
// the whole pack), the key it autosaves under, the latest check of the pack with its previews,
// which card forms are open, and the live region. Every change goes through `commit`: into the
// history, then checked and saved after a pause; the sections are told what to redraw through
// `StudioView`, so none of them needs to know the others.
import type { Question } from '../domain/questions/types';
import { checkPack, previewQuestions, type Checked } from './cards';
import { emptyDoc, type StudioDoc } from './doc';
import { plainProblem } from './plain-problems';
import { createHistory, push, redo, seal, undo, type History } from './history';
import type { DraftStore, SavedDraft } from './saved-drafts';

export interface StudioOptions {
  root: HTMLElement;
  store: DraftStore;
  /** The game's page, for Play and Share links. */
  gameUrl: string;
}

/** What the context asks of the sections. */
export interface StudioView {
  /** Rebuild every section from the document: a structural change, an undo, another pack. */
  renderAll(): void;
  /** A new check is in: problems, summary and the play bar follow it. */
  showCheck(): void;
  /** An edit is waiting for its check: the summary and the play bar say so (never the last check's verdict). */
  showPending(): void;
  /** Undo and Redo follow the history. */
  showHistory(): void;
  showSaveState(text: string): void;
  /** Each card redrawn in place from the document (typing must not rebuild the form it is in). */
  refreshCards(): void;
  /** The list of saved packs read again (a save changed it). */
  refreshDrafts(): void;
}

export interface StudioContext {
  readonly root: HTMLElement;
  readonly store: DraftStore;
  readonly gameUrl: string;
  readonly view: StudioView;
  /** The card forms left open (fact ids, `question:<index>`), so rebuilt cards open them again. */
  readonly openForms: Set<string>;
  announce(message: string): void;
  /** `message` in a section's status line, and read out. */
  report(status: HTMLElement, message: string): void;
  doc(): StudioDoc;
  history(): History<StudioDoc>;
  /** The key of the document's record in the draft store. */
  key(): string;
  /** The latest check of the pack; null before the first one and while there is no pack. */
  checked(): Checked | null;
  /** Every question each fact makes (one per form), by fact id, from the latest check. */
  previews(): ReadonlyMap<string, readonly Question[]>;
  /** Every change goes through here; `mergeKey` merges typing in one field into one step. */
  commit(next: StudioDoc, mergeKey?: string | null, structural?: boolean): void;
  /** The next change is a step of its own, even in the same field (the field lost focus). */
  seal(): void;
  /** One step back or forward; false when there is none to take. */
  step(direction: 'undo' | 'redo'): boolean;
  /** A new pack (empty or imported) under a new key: nothing to undo, every form closed. */
  startNew(doc: StudioDoc): void;
  /** A saved pack, to go on with: nothing to undo, every form closed, its problems said again. */
  open(draft: SavedDraft): void;
  /** The pack left last time, on start-up: drawn and checked at once, not saved again (it is). */
  resume(draft: SavedDraft): void;
  /** The document's record was deleted: the next save makes a new one. */
  saveUnderNewKey(): void;
}

const SAVE_DELAY_MS = 400;
const CHECK_DELAY_MS = 150;

const newDraftKey = () => `draft-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export function createStudioContext(options: StudioOptions, announce: (message: string) => void, view: StudioView): StudioContext {
  const { store } = options;
  let history: History<StudioDoc> = createHistory(emptyDoc());
  let key = newDraftKey();
  let checked: Checked | null = null;
  let previews = new Map<string, Question[]>();
  const openForms = new Set<string>();
  const doc = () => history.present;

  let checkTimer: ReturnType<typeof setTimeout> | undefined;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let lastProblemCount = -1;
  let savePending = false;

  function changed(structural: boolean): void {
    view.showHistory();
    if (structural) view.renderAll();
    else view.showPending();
    clearTimeout(checkTimer);
    checkTimer = setTimeout(runCheck, CHECK_DELAY_MS);
    clearTimeout(saveTimer);
    view.showSaveState('Saving…');
    savePending = true;
    saveTimer = setTimeout(() => void save(), SAVE_DELAY_MS);
  }
  // Leaving (reload, closing the tab) within the autosave pause: save now, not in 400 ms.
  const flush = () => {
    if (!savePending) return;
    clearTimeout(saveTimer);
    void save();
  };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });

  async function save(): Promise<void> {
    savePending = false;
    const record: SavedDraft = { key, updated: Date.now(), doc: doc() };
    try {
      await store.save(record);
      view.showSaveState('Saved in this browser');
      view.refreshDrafts();
    } catch (error) {
      view.showSaveState(`Not saved: ${error instanceof Error ? error.message : String(error)}. Download the pack to keep it.`);
    }
  }

  function runCheck(): void {
    const pack = doc().pack;
    if (!pack) {
      checked = null;
      previews = new Map();
      view.showCheck();
      return;
    }
    checked = checkPack(pack);
    previews = previewQuestions(pack, checked);
    view.showCheck();
    const errors = checked.problems.filter((p) => p.severity === 'error');
    if (errors.length !== lastProblemCount) {
      if (errors.length > 0) announce(`${errors.length} problem${errors.length === 1 ? '' : 's'}: ${errors.slice(0, 2).map((p) => plainProblem(p, pack)).join('; ')}.`);
      else if (lastProblemCount > 0) announce('No problems left: the pack is ready to play.');
      lastProblemCount = errors.length;
    }
  }

  /** Another document altogether: a history of its own, under `nextKey`. */
  function switchTo(next: StudioDoc, nextKey: string): void {
    // Another pack's problems are news even when they number the same as the last one's.
    lastProblemCount = -1;
    key = nextKey;
    history = createHistory(next);
    openForms.clear();
    changed(true);
  }

  return {
    root: options.root,
    store,
    gameUrl: options.gameUrl,
    view,
    openForms,
    announce,
    report(status, message) {
      status.textContent = message;
      // The side column scrolls on its own on a desktop: after Share, its answer (a link copied, or
      // "send the file") sat below the fold at 1366×768. Brought into view, never jumped past.
      status.scrollIntoView?.({ block: 'nearest' });
      announce(message);
    },
    doc,
    history: () => history,
    key: () => key,
    checked: () => checked,
    previews: () => previews,
    commit(next, mergeKey = null, structural = false) {
      history = push(history, next, mergeKey);
      changed(structural);
    },
    seal() {
      history = seal(history);
    },
    step(direction) {
      const before = history;
      history = direction === 'undo' ? undo(history) : redo(history);
      if (history === before) return false;
      changed(true);
      return true;
    },
    startNew(next) {
      switchTo(next, newDraftKey());
    },
    open(draft) {
      switchTo(draft.doc, draft.key);
    },
    resume(draft) {
      key = draft.key;
      history = createHistory(draft.doc);
      view.showHistory();
      view.renderAll();
      runCheck();
      view.showSaveState('Saved in this browser');
    },
    saveUnderNewKey() {
      key = newDraftKey();
    },
  };
}
