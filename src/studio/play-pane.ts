// "3. Play and share": the mode, Play (a link that opens the game on this pack), Download, and
// Share (a link that carries the pack itself) with Copy. Play and Share need a pack without errors.
import type { Pack } from '../domain/pack/schema';
import { slug } from '../authoring/draft/slug';
import { encodePackLink, handOverPack, PACK_REF_KEY, packLinkUrl, type PackLinkEncoded } from '../share/pack-link';
import { packText } from './cards';
import type { StudioContext } from './context';
import { PLAY_MODES, type PlayMode } from './doc';
import { el, uid } from './dom';

export interface PlayPane {
  element: HTMLElement;
  /** The mode and the links follow the document. */
  render(): void;
  /** Play, Download and Share follow the latest check. */
  update(): void;
}

const MODE_LABEL: Record<PlayMode, string> = { classic: 'Classic', survival: 'Survival', relaxed: 'Relaxed' };

export function mountPlayPane(ctx: StudioContext): PlayPane {
  const modeId = uid('mode');
  const modeSelect = el('select', { id: modeId, 'data-testid': 'play-mode' }, ...PLAY_MODES.map((m) => el('option', { value: m }, MODE_LABEL[m])));
  const playLink = el('a', { class: 'button primary', target: '_blank', 'data-testid': 'play' }, 'Play this pack');
  const downloadBtn = el('button', { type: 'button', 'data-testid': 'download' }, 'Download pack');
  const shareBtn = el('button', { type: 'button', 'data-testid': 'share' }, 'Share pack');
  const shareId = uid('share');
  const shareOut = el('input', { id: shareId, readonly: true, class: 'share-url', 'data-testid': 'share-url', 'aria-label': 'Link to this pack' });
  const copyBtn = el('button', { type: 'button', 'data-testid': 'copy-link' }, 'Copy link');
  const shareBox = el('div', { class: 'share-box', hidden: true }, shareOut, copyBtn);
  const playStatus = el('p', { class: 'status', 'data-testid': 'play-status' });
  const element = el(
    'section',
    { class: 'pane play-pane', 'aria-labelledby': 'play-heading' },
    el('h2', { id: 'play-heading' }, '3. Play and share'),
    el('div', { class: 'button-row' }, el('label', { for: modeId }, 'Mode '), modeSelect, playLink, downloadBtn, shareBtn),
    shareBox,
    playStatus,
  );
  // The pack's link, kept while the pack is the same object (encoding it takes a moment).
  let link: PackLinkEncoded | null = null;
  let linkFor: Pack | null = null;

  function update(): void {
    const pack = ctx.doc().pack;
    const check = ctx.checked();
    // Until the edited pack has been checked, the last check (of the pack before the edit) says
    // nothing about it: no link to a pack that may not play.
    const checking = !!pack && check?.pack !== pack;
    const ready = !!pack && !checking && !!check?.ok;
    // Nothing to play yet: the bar would only take room (a phone keeps it at the screen's foot).
    element.hidden = !pack;
    downloadBtn.disabled = !pack;
    shareBtn.disabled = !ready;
    if (!ready) {
      playLink.removeAttribute('href');
      playLink.setAttribute('aria-disabled', 'true');
      playStatus.textContent = !pack ? '' : checking ? 'Checking the pack…' : 'Fix the problems shown on the cards to play or share this pack (you can still download it).';
      shareBox.hidden = true;
      return;
    }
    if (linkFor === pack && link) return applyLink();
    const forPack = pack;
    playStatus.textContent = 'Preparing the link…';
    void encodePackLink(JSON.stringify(pack)).then((encoded) => {
      // A newer pack makes its own link once it passes its check.
      if (ctx.doc().pack !== forPack) return;
      link = encoded;
      linkFor = forPack;
      // Decided again now: this pack's check may have changed while the link was encoded (a Play
      // link to a pack that has since failed its check must not appear).
      update();
    });
  }
  function applyLink(): void {
    if (!link) return;
    const play = new URL(ctx.gameUrl, location.href);
    play.searchParams.set('autostart', ctx.doc().mode);
    if (!link.ok) {
      // Too big for a link: Play hands it to the game tab through this browser's storage instead.
      const left = storageOrNull() ? handOverPack(JSON.stringify(ctx.doc().pack), storageOrNull()!) : null;
      if (left?.ok) {
        play.hash = `${PACK_REF_KEY}=${left.ref}`;
        playLink.href = play.toString();
        playLink.removeAttribute('aria-disabled');
      } else {
        playLink.removeAttribute('href');
        playLink.setAttribute('aria-disabled', 'true');
      }
      playStatus.textContent = `Play opens it in this browser; to share it: ${link.message}${left && !left.ok ? ` ${left.message}` : ''}`;
      return;
    }
    playLink.href = packLinkUrl(play, link.payload);
    playLink.removeAttribute('aria-disabled');
    playStatus.textContent = `Ready: Play opens the game on this pack (a ${MODE_LABEL[ctx.doc().mode]} round). The link is ${Math.ceil(link.payload.length / 1024)} KB.`;
    if (!shareBox.hidden) shareOut.value = shareUrl();
  }
  const shareUrl = () => (link?.ok ? packLinkUrl(new URL(ctx.gameUrl, location.href), link.payload) : '');

  modeSelect.addEventListener('change', () => ctx.commit({ ...ctx.doc(), mode: modeSelect.value as PlayMode }, null));
  downloadBtn.addEventListener('click', () => {
    const pack = ctx.doc().pack;
    if (!pack) return;
    const blob = new Blob([packText(pack)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = el('a', { href: url, download: `${slug(pack.id || pack.title) || 'pack'}.json` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    const errors = ctx.checked()?.problems.filter((p) => p.severity === 'error').length ?? 0;
    ctx.report(playStatus, errors ? `Downloaded ${a.download}. It still has ${errors} problem${errors === 1 ? '' : 's'}: \`quiz check\` will list them.` : `Downloaded ${a.download}: check it with npm run quiz -- check, or open it in the game.`);
  });
  shareBtn.addEventListener('click', () => {
    if (!link) return;
    if (!link.ok) {
      ctx.report(playStatus, link.message);
      return;
    }
    shareBox.hidden = false;
    shareOut.value = shareUrl();
    shareOut.focus();
    shareOut.select();
    ctx.report(playStatus, 'A friend who opens this link plays the pack; nothing is stored on a server.');
  });
  copyBtn.addEventListener('click', () => {
    const text = shareOut.value;
    // No await before writeText: the click's permission must still hold.
    navigator.clipboard?.writeText(text).then(
      () => ctx.announce('Link copied.'),
      () => {
        shareOut.select();
        ctx.announce('Copying was refused: the link is selected, copy it with Ctrl+C.');
      },
    );
  });

  return {
    element,
    render() {
      modeSelect.value = ctx.doc().mode;
      update();
    },
    update,
  };
}

function storageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
