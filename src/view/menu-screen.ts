// Menu: the title, the Daily's slot, the list of packs (title, size, date), mode and difficulty,
// Play, How to play, sound and volume, and the menu panel (a round that could not start, the
// extension slot: scores, For authors; pack problems). The one drawing of the menu, before the engine arrives and after it.
import { MENU_DIFFICULTIES, MENU_MODES } from '../state/settings-store';
import { fileLabel } from '../domain/pack/pack-entry';
import { describeProblem } from '../domain/pack/problems';
import { DIFFICULTY_LABEL, MODE_LABEL, packSizeLine } from '../app/format';
import { el, setText, type ScreenKit } from './screen-kit';

export interface MenuScreen {
  section: HTMLElement;
  playButton: HTMLButtonElement;
  /** Where extensions (high scores, Open pack) mount. */
  extraSlot: HTMLElement;
  /** Where the Daily card mounts: under the title, before the packs. */
  dailySlot: HTMLElement;
  /** The menu opened: rebuild the pack list and the panel, then render. */
  show(): void;
  /** The pack list changed while the menu is open. */
  packsChanged(): void;
  /** The ui store's round problem changed while the menu is open. */
  roundProblemChanged(): void;
  /** Radios, mode note and Play from the settings. */
  render(): void;
  renderSound(muted: boolean, volume: number): void;
}

export function buildMenuScreen({ app, listen, control }: ScreenKit): MenuScreen {
  const { settingsStore, uiStore } = app;
  const section = el('section', { 'data-screen': 'menu', class: 'screen menu', 'aria-labelledby': 'menu-title' });
  const menuTitle = el('h1', { id: 'menu-title', class: 'title' }, [control('ball', el('span', { class: 'title-ball', 'aria-hidden': 'true' })), 'Football Trivia']);
  const packGroup = control('packs', el('fieldset', { class: 'group packs', 'data-group': 'pack' }, [el('legend', { text: 'Question pack' })]));
  const modeNote = el('p', { id: 'mode-note', class: 'note' });
  const modeGroup = el('fieldset', { class: 'group pills', 'aria-describedby': 'mode-note' }, [el('legend', { text: 'Mode' })]);
  const difficultyGroup = el('fieldset', { class: 'group pills' }, [el('legend', { text: 'Difficulty' })]);
  const playButton = control('play', el('button', { type: 'button', class: 'btn primary play', text: 'Play' }));
  const helpButton = control('help', el('button', { type: 'button', class: 'btn', text: 'How to play', 'aria-haspopup': 'dialog' }));
  const menuSound = control('sound', el('button', { type: 'button', class: 'btn', text: 'Sound: on' }));
  const volumeInput = el('input', { type: 'range', min: 0, max: 100, step: 5, id: 'volume' });
  const volumeValue = el('output', { for: 'volume' });
  const volumeRow = control('volume', el('div', { class: 'volume' }, [el('label', { for: 'volume', text: 'Volume' }), volumeInput, volumeValue]));
  const menuPanel = control('panel', el('div', { class: 'panel menu-panel' }));
  const menuExtra = el('div', { 'data-slot': 'menu-extra' });
  const dailySlot = control('daily', el('div', { class: 'menu-daily', 'data-slot': 'menu-daily' }));
  const problems = el('section', { class: 'problems', 'aria-labelledby': 'problems-title', hidden: true });
  const roundProblem = el('div', { class: 'link-problem', role: 'alert', 'data-testid': 'round-problem', hidden: true });
  menuPanel.append(roundProblem, menuExtra, problems);
  // Saved scores or seen questions that could not be read: said once, at the top, until dismissed.
  const savedNotice = el('div', { class: 'link-problem saved-notice', role: 'alert', 'data-testid': 'saved-data-notice', hidden: true });
  const renderSavedNotice = () => {
    const list = uiStore.getState().savedDataNotices;
    savedNotice.hidden = list.length === 0;
    if (list.length === 0) return savedNotice.replaceChildren();
    const dismiss = el('button', { type: 'button', class: 'btn small', text: 'Dismiss' });
    dismiss.addEventListener('click', () => {
      app.dismissSavedDataNotices();
      renderSavedNotice();
      playButton.focus();
    });
    savedNotice.replaceChildren(...list.map((text) => el('p', { text })), dismiss);
  };
  const renderRoundProblem = () => {
    const text = uiStore.getState().roundProblem;
    roundProblem.hidden = !text;
    if (!text) return roundProblem.replaceChildren();
    const dismiss = el('button', { type: 'button', class: 'btn small', text: 'Dismiss' });
    dismiss.addEventListener('click', () => {
      app.dismissRoundProblem();
      playButton.focus();
    });
    roundProblem.replaceChildren(el('p', { text }), dismiss);
  };
  const packNote = el('p', { class: 'note warn', hidden: true });
  section.append(
    // The Daily comes first in the markup; on phones the stylesheet puts it under the title, on
    // wide screens at the top of the second column (styles.css).
    dailySlot,
    el('div', { class: 'menu-main' }, [
      menuTitle,
      savedNotice,
      packGroup,
      packNote,
      modeGroup,
      modeNote,
      difficultyGroup,
      playButton,
    ]),
    // How to play, sound and volume: under Play on phones; beside it, under the Daily, on wide
    // screens, where the left column has no room left for them at 1366×768 (styles.css).
    el('div', { class: 'menu-settings' }, [el('div', { class: 'menu-row' }, [helpButton, menuSound]), volumeRow]),
    menuPanel,
  );

  const radio = (group: HTMLFieldSetElement, name: string, value: string, label: string, id: string, onPick: (() => void) | null) => {
    const input = el('input', { type: 'radio', name, value });
    const wrap = control(id, el('label', { class: 'choice' }, [input, el('span', { text: label })]));
    if (onPick)
      listen(input, 'change', () => {
        if (input.checked) {
          app.click();
          onPick();
        }
      });
    group.append(wrap);
    return input;
  };
  // The pack radios are rebuilt on every menu visit: one listener on their group, not one each
  // (per-radio listeners would pile up in the cleanup list for the page's lifetime).
  listen(packGroup, 'change', (e) => {
    const input = e.target;
    if (input instanceof HTMLInputElement && input.name === 'pack' && input.checked) {
      app.click();
      app.selectPack(input.value);
    }
  });
  let packRadios: { id: string; input: HTMLInputElement }[] = [];
  const buildPackRadios = () => {
    for (const r of packRadios) r.input.closest('label')?.remove();
    const packs = uiStore.getState().packs;
    packRadios = packs.map((p) => {
      // Title, then its size and date on a line of their own: both are the radio's label, so a
      // screen reader reads "Title 31 questions · 18 December 2022" as the row shows it.
      const input = el('input', { type: 'radio', name: 'pack', value: p.id, disabled: p.status !== 'ok' });
      const meta = p.status === 'ok' ? packSizeLine(p) : 'cannot be played: see pack problems';
      const text = el('span', { class: 'pack-text' }, [el('span', { class: 'pack-title', text: p.title }), ' ', ...(meta ? [el('span', { class: 'pack-meta', text: meta })] : [])]);
      packGroup.append(control(`pack:${p.id}`, el('label', { class: 'choice pack-choice' }, [input, text])));
      return { id: p.id, input };
    });
    const invalid = packs.filter((p) => p.status === 'invalid');
    packNote.hidden = invalid.length === 0;
    setText(packNote, `${invalid.length} pack file${invalid.length > 1 ? 's have' : ' has'} problems — see the list below.`);
    problems.hidden = invalid.length === 0;
    problems.replaceChildren(el('h2', { id: 'problems-title', text: 'Pack problems' }));
    for (const p of invalid) {
      if (p.status !== 'invalid') continue;
      problems.append(
        el('h3', { text: `${fileLabel(p.file)} — ${p.problems.length} problem${p.problems.length === 1 ? '' : 's'}` }),
        el(
          'ul',
          {},
          p.problems.slice(0, 50).map((problem) => el('li', { text: describeProblem(problem) })),
        ),
      );
    }
  };
  const modeRadios = MENU_MODES.map((mode) => ({ mode, input: radio(modeGroup, 'mode', mode, MODE_LABEL[mode], `mode:${mode}`, () => app.selectMode(mode)) }));
  const difficultyRadios = MENU_DIFFICULTIES.map((d) => ({ d, input: radio(difficultyGroup, 'difficulty', d, DIFFICULTY_LABEL[d], `difficulty:${d}`, () => app.selectDifficulty(d)) }));
  listen(playButton, 'click', () => {
    app.click();
    void app.startRound();
  });
  listen(helpButton, 'click', () => {
    app.click();
    app.openHelp();
  });
  listen(menuSound, 'click', () => app.toggleMute());
  listen(volumeInput, 'input', () => app.setVolume(Number(volumeInput.value) / 100));

  const render = () => {
    const s = settingsStore.getState();
    const selected = app.selectedPack();
    for (const r of packRadios) r.input.checked = r.id === selected?.id;
    for (const r of modeRadios) r.input.checked = r.mode === s.lastMode;
    for (const r of difficultyRadios) r.input.checked = r.d === s.lastDifficulty;
    setText(modeNote, `${MODE_LABEL[s.lastMode]}: ${app.modeNote()}`);
    playButton.disabled = !selected;
    setText(playButton, selected ? 'Play' : 'Play (no playable pack)');
  };

  // The menu panel only shows when it has something: pack problems, an extension or a round problem.
  const hidePanelIfEmpty = () => {
    menuPanel.hidden = problems.hidden && menuExtra.childElementCount === 0 && roundProblem.hidden;
  };

  return {
    section,
    playButton,
    extraSlot: menuExtra,
    dailySlot,
    show: () => {
      renderSavedNotice();
      buildPackRadios();
      renderRoundProblem();
      hidePanelIfEmpty();
      render();
    },
    packsChanged: () => {
      buildPackRadios();
      hidePanelIfEmpty();
      render();
    },
    roundProblemChanged: () => {
      renderRoundProblem();
      hidePanelIfEmpty();
    },
    render,
    renderSound: (muted, volume) => {
      menuSound.setAttribute('aria-pressed', String(!muted));
      setText(menuSound, muted ? 'Sound: off' : 'Sound: on');
      const v = String(Math.round(volume * 100));
      if (volumeInput.value !== v) volumeInput.value = v;
      setText(volumeValue, `${v}%`);
    },
  };
}
