// The DOM dialogs: How to play (its numbers read from the rule tables, its wording for touch or
// keys) and "Leave this round?" (Stay / Leave; Esc stays). Both open from the ui store, so the
// canvas buttons and the DOM twin open the very same dialog.
import { MODE_RULES } from '../domain/modes';
import { LIFELINE_FACTOR, STREAK_MULTIPLIERS } from '../domain/scoring';
import type { GameController } from '../app/controller';
import { makeElement } from '../app/dom/element';

const seconds = (ms: number | null) => (ms === null ? 'no timer' : `${ms / 1000} seconds each`);
const percent = (factor: number) => `${Math.round(factor * 100)} %`;

/** The how-to-play lines, from the same tables the rules use; `touch` for phones and tablets. */
export function helpLines(touch: boolean): string[] {
  const { classic, survival, relaxed } = MODE_RULES;
  const steps = STREAK_MULTIPLIERS.filter(([, m]) => m > 1)
    .slice()
    .sort((a, b) => a[0] - b[0])
    .map(([from, m]) => `×${m} from ${from}`)
    .join(', ');
  return [
    `Pick a question pack, a mode and a difficulty, then ${touch ? 'tap' : 'press'} Play.`,
    `The Daily: ${MODE_RULES.daily.questions} questions drawn from every pack, the same for everyone that day, whatever pack you picked; one scored try a day.`,
    'Rounds prefer questions you have not seen lately on this device.',
    `Classic: ${classic.questions} questions, ${seconds(classic.timeLimitMs)}. Survival: keep going until you have answered ${survival.lives} wrong or cleared the pack. Relaxed: ${relaxed.questions} questions, no timer at all.`,
    touch
      ? 'Tap an answer to lock it in, then tap Continue.'
      : 'Answer by clicking, with keys 1 to 4 or A to D, or by Tab and Enter. Press Enter or Space to continue.',
    `Faster right answers earn more. A run of right answers multiplies your points: ${steps}.`,
    `Each round you may use 50:50 (removes two wrong answers; you keep ${percent(LIFELINE_FACTOR['fifty-fifty'])} of the points) and Hint (the article’s sentence with the answer blanked; ${percent(LIFELINE_FACTOR.hint)}) once each.`,
    `After each answer you see why it is right and the article’s own sentence.${touch ? '' : ' Press M to turn sound on or off.'}`,
  ];
}

export interface Dialogs {
  root: HTMLElement[];
  dispose: () => void;
}

/** Opens a modal dialog, or at least shows it where showModal is missing. */
function openModal(dialog: HTMLDialogElement): void {
  if (dialog.open) return;
  try {
    dialog.showModal();
  } catch {
    dialog.setAttribute('open', '');
  }
}

export function attachDialogs(doc: Document, app: GameController, coarsePointer: () => boolean): Dialogs {
  const el = makeElement.bind(null, doc) as <K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Parameters<typeof makeElement>[2], children?: (Node | string)[]) => HTMLElementTagNameMap[K];
  const { uiStore } = app;
  const cleanups: (() => void)[] = [];
  const on = (target: EventTarget, type: string, fn: (e: Event) => void) => {
    target.addEventListener(type, fn);
    cleanups.push(() => target.removeEventListener(type, fn));
  };

  // How to play
  const help = el('dialog', { class: 'help', 'aria-labelledby': 'help-title' });
  const closeHelp = el('button', { type: 'button', text: 'Close' });
  const helpList = el('ul');
  help.append(el('div', { class: 'dialog-head' }, [el('h2', { id: 'help-title', text: 'How to play' }), closeHelp]), helpList);
  on(closeHelp, 'click', () => help.close());
  on(help, 'close', () => app.closeHelp());

  // Leave this round?
  const leave = el('dialog', { class: 'help leave', 'aria-labelledby': 'leave-title', 'aria-describedby': 'leave-text', 'data-testid': 'leave-dialog' });
  const leaveText = el('p', { id: 'leave-text' });
  const stay = el('button', { type: 'button', text: 'Stay' });
  const go = el('button', { type: 'button', class: 'secondary', text: 'Leave' });
  leave.append(el('h2', { id: 'leave-title', text: 'Leave this round?' }), leaveText, el('div', { class: 'dialog-actions' }, [stay, go]));
  on(stay, 'click', () => app.stayInRound());
  on(go, 'click', () => app.toMenu());
  // Esc (the dialog's cancel) means Stay; so does any other way the dialog closes.
  on(leave, 'cancel', (e) => {
    e.preventDefault();
    app.stayInRound();
  });

  cleanups.push(
    uiStore.subscribe((s, p) => {
      if (s.helpOpen !== p.helpOpen) {
        if (s.helpOpen) {
          helpList.replaceChildren(...helpLines(coarsePointer()).map((text) => el('li', { text })));
          openModal(help);
          closeHelp.focus();
        } else if (help.open) help.close();
      }
      if (s.leaveOpen !== p.leaveOpen) {
        if (s.leaveOpen) {
          leaveText.textContent = app.leaveWarning();
          openModal(leave);
          stay.focus();
        } else if (leave.open) leave.close();
      }
    }),
  );

  return {
    root: [help, leave],
    dispose() {
      for (const fn of cleanups.reverse()) fn();
      if (help.open) help.close();
      if (leave.open) leave.close();
    },
  };
}
