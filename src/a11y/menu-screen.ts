// Menu: pack, mode and difficulty radios, Play, How to play, sound and volume, and the menu
// panel (a round that could not start, the extension slot, pack problems).
import { MENU_DIFFICULTIES, MENU_MODES } from '../state/settings-store';
import { fileLabel } from '../domain/pack/pack-entry';
import { describeProblem } from '../domain/pack/problems';
import { DIFFICULTY_LABEL, MODE_LABEL } from '../app/format';
import { el, setText, type ScreenKit } from './screen-kit';

export interface MenuScreen {
  section: HTMLElement;
  playButton: HTMLButtonElement;
  /** Where extensions (Daily, high scores, Open pack) mount. */
  extraSlot: HTMLElement;
  /** The menu opened: rebuild the pack radios and the panel, then render. */
  show(): void;
  /** The pack list changed while the menu is open. */
  packsChanged(): void;
  /** The ui store's round problem changed while the menu is open. */
  roundProblemChanged(): void;
  /** Radios, mode note and Play from the settings. */
  render(): void;
  renderSound(muted: boolean, volume: number): void;
  /**
   * The pack arrows exist only while the menu steps through packs one at a time: always on the
   * DOM's own menu, on the canvas's when it drew them.
   */
  placeArrows(controls: Record<string, unknown>, drawnByDom: boolean): void;
}

export function buildMenuScreen({ app, listen, overlay }: ScreenKit): MenuScreen {
  const { settingsStore, uiStore } = app;
  const section = el('section', { 'data-screen': 'menu', 'aria-labelledby': 'menu-title' });
  const menuTitle = el('h1', { id: 'menu-title', class: 'sr-only', text: 'Football Trivia' });
  const packGroup = el('fieldset', { class: 'group', 'data-group': 'pack' }, [el('legend', { class: 'sr-only', text: 'Question pack' })]);
  const modeNote = el('p', { id: 'mode-note', class: 'sr-only' });
  const modeGroup = el('fieldset', { class: 'group', 'aria-describedby': 'mode-note' }, [el('legend', { class: 'sr-only', text: 'Mode' })]);
  const difficultyGroup = el('fieldset', { class: 'group' }, [el('legend', { class: 'sr-only', text: 'Difficulty' })]);
  const playButton = el('button', { type: 'button', text: 'Play' });
  const helpButton = el('button', { type: 'button', text: 'How to play', 'aria-haspopup': 'dialog' });
  const menuSound = el('button', { type: 'button', text: 'Sound' });
  const volumeInput = el('input', { type: 'range', min: 0, max: 100, step: 5, id: 'volume' });
  const volumeValue = el('output', { for: 'volume' });
  const volumeRow = el('div', { class: 'panel volume' }, [el('label', { for: 'volume', text: 'Volume' }), volumeInput, volumeValue]);
  const menuPanel = el('div', { class: 'panel scroll' });
  const menuExtra = el('div', { 'data-slot': 'menu-extra' });
  const problems = el('section', { class: 'problems', 'aria-labelledby': 'problems-title', hidden: true });
  const roundProblem = el('div', { class: 'link-problem', role: 'alert', 'data-testid': 'round-problem', hidden: true });
  menuPanel.append(roundProblem, menuExtra, problems);
  const renderRoundProblem = () => {
    const text = uiStore.getState().roundProblem;
    roundProblem.hidden = !text;
    if (!text) return roundProblem.replaceChildren();
    const dismiss = el('button', { type: 'button', class: 'btn small', text: 'Dismiss' });
    dismiss.addEventListener('click', () => {
      uiStore.getState().setRoundProblem(null);
      playButton.focus();
    });
    roundProblem.replaceChildren(el('p', { text }), dismiss);
  };
  const packPrev = el('button', { type: 'button', text: 'Previous pack' });
  const packNext = el('button', { type: 'button', text: 'Next pack' });
  listen(packPrev, 'click', () => app.stepPack(-1));
  listen(packNext, 'click', () => app.stepPack(1));
  section.append(menuTitle, overlay('menu', 'pack-prev', packPrev), packGroup, overlay('menu', 'pack-next', packNext), modeNote, modeGroup, difficultyGroup);
  section.append(overlay('menu', 'play', playButton), overlay('menu', 'help', helpButton), overlay('menu', 'sound', menuSound));
  section.append(overlay('menu', 'volume', volumeRow), overlay('menu', 'panel', menuPanel));

  const radio = (group: HTMLFieldSetElement, name: string, value: string, label: string, id: string, onPick: (() => void) | null) => {
    const input = el('input', { type: 'radio', name, value, class: 'sr-only' });
    const wrap = el('label', {}, [input, el('span', { text: label })]);
    if (onPick)
      listen(input, 'change', () => {
        if (input.checked) {
          app.click();
          onPick();
        }
      });
    group.append(overlay('menu', id, wrap));
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
      const input = radio(packGroup, 'pack', p.id, p.status === 'ok' ? p.title : `${p.title} (cannot be played: see pack problems)`, `pack:${p.id}`, null);
      input.disabled = p.status !== 'ok';
      return { id: p.id, input };
    });
    const invalid = packs.filter((p) => p.status === 'invalid');
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
    uiStore.getState().setHelpOpen(true);
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
    show: () => {
      buildPackRadios();
      renderRoundProblem();
      hidePanelIfEmpty();
      render();
    },
    packsChanged: () => {
      buildPackRadios();
      // (as before the split: this check leaves the round problem out)
      menuPanel.hidden = problems.hidden && menuExtra.childElementCount === 0;
      render();
    },
    roundProblemChanged: () => {
      renderRoundProblem();
      hidePanelIfEmpty();
    },
    render,
    renderSound: (muted, volume) => {
      menuSound.setAttribute('aria-pressed', String(!muted));
      const v = String(Math.round(volume * 100));
      if (volumeInput.value !== v) volumeInput.value = v;
      setText(volumeValue, `${v}%`);
    },
    placeArrows: (controls, drawnByDom) => {
      packPrev.hidden = !drawnByDom && !controls['pack-prev'];
      packNext.hidden = !drawnByDom && !controls['pack-next'];
    },
  };
}
