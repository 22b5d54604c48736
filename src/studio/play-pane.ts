// "3. Play and share": the mode, Play (a link that opens the game on this pack), Download, and
// Share in one step: a link that carries the pack itself when it is short enough for chat apps
// (handed to the share sheet, else copied, synchronously on the click: an await first would spend
// the click's permission), else a short /p/<id> link from the site's server (copied in the same
// click through a ClipboardItem that waits for it), else the advice to send the file. Play and
// Share need a pack without errors.
import type { Pack } from '../domain/pack/schema';
import { slug } from '../authoring/draft/slug';
import { forPlayers } from '../share/pack-for-players';
import { encodePackLink, handOverPack, PACK_REF_KEY, packLinkUrl, SHARE_LINK_MAX_CHARS, type PackLinkEncoded } from '../share/pack-link';
import { packText } from './cards';
import type { StudioContext } from './context';
import { PLAY_MODES, type PlayMode } from './doc';
import { el, uid } from './dom';
import { storePackOnServer } from './short-link';

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
  // The server's short link for a pack, once it has one (a second Share then needs no request).
  let short: { pack: Pack; url: string } | null = null;

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
    // The link carries what a friend plays (no review notes, no unused pools): Play opens the same.
    void encodePackLink(JSON.stringify(forPlayers(pack))).then((encoded) => {
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
    const chars = shareUrl().length;
    // Short: a phone keeps this bar at the foot of the screen.
    const sharing = chars <= SHARE_LINK_MAX_CHARS ? `Share gives a ${chars.toLocaleString('en-US')}-character link.` : `Share gets a short link (a full one would be ${chars.toLocaleString('en-US')} characters, too long for chat apps).`;
    playStatus.textContent = `Ready: a ${MODE_LABEL[ctx.doc().mode]} round. ${sharing}`;
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
    const pack = ctx.doc().pack;
    if (!link || !pack) return;
    if (!link.ok) {
      ctx.report(playStatus, link.message);
      return;
    }
    if (short?.pack === pack) return shareNow(short.url, pack.title, 'The pack is kept on this site’s server.');
    const url = shareUrl();
    if (url.length <= SHARE_LINK_MAX_CHARS) return shareNow(url, pack.title, 'Nothing is stored on a server: the pack is in the link.');
    shareViaServer(pack, url);
  });
  /** The share sheet where there is one (phones), else the clipboard; the link shown either way. */
  function shareNow(url: string, title: string, where: string): void {
    showLink(url);
    const data = { title, text: `Play my football quiz: ${title}`, url };
    const nav = navigator as Navigator & { share?: (d: ShareData) => Promise<void>; canShare?: (d: ShareData) => boolean };
    if (typeof nav.share === 'function' && (!nav.canShare || nav.canShare(data))) {
      nav.share(data).then(
        () => ctx.report(playStatus, `Shared. ${where}`),
        (error: unknown) => {
          // Cancelled in the share sheet: not an error, and nothing to copy.
          if (error instanceof DOMException && error.name === 'AbortError') return;
          copy(url, where);
        },
      );
      return;
    }
    copy(url, where);
  }
  function shareViaServer(pack: Pack, longUrl: string): void {
    const asked = storePackOnServer(JSON.stringify(forPlayers(pack)), { base: location.href });
    // Copied in this click: the clipboard waits for the server's answer (no await before write).
    const copying = typeof ClipboardItem === 'function' && navigator.clipboard?.write
      ? navigator.clipboard.write([new ClipboardItem({ 'text/plain': asked.then((r) => (r.ok ? new Blob([r.url], { type: 'text/plain' }) : Promise.reject(new Error(r.message)))) })]).then(() => true, () => false)
      : Promise.resolve(false);
    ctx.report(playStatus, 'Getting a short link from this site’s server…');
    void asked.then(async (r) => {
      const copied = await copying;
      if (ctx.doc().pack !== pack) return;
      if (r.ok) {
        short = { pack, url: r.url };
        showLink(r.url);
        ctx.report(playStatus, copied ? `Short link copied: ${r.url}. The pack is kept on this site’s server; a friend who opens the link plays it.` : `Short link ready: ${r.url}. Press Copy link.`);
        return;
      }
      showLink(longUrl);
      ctx.report(playStatus, `This pack’s link is ${longUrl.length.toLocaleString('en-US')} characters: chat apps and SMS cut links that long. ${r.message} The long link below still works in mail or a browser.`);
    });
  }
  function showLink(url: string): void {
    shareBox.hidden = false;
    shareOut.value = url;
  }
  function copy(text: string, where: string): void {
    const refused = () => {
      shareOut.focus();
      shareOut.select();
      ctx.report(playStatus, 'Copying was refused: the link is selected below, copy it with Ctrl+C.');
    };
    // No await before writeText: the click's permission must still hold.
    if (!navigator.clipboard?.writeText) return refused();
    navigator.clipboard.writeText(text).then(() => ctx.report(playStatus, `Link copied (${text.length.toLocaleString('en-US')} characters).${where ? ` ${where}` : ''} A friend who opens it plays the pack.`), refused);
  }
  copyBtn.addEventListener('click', () => copy(shareOut.value, ''));

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
