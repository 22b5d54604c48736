// "Open pack…" for authors: a labelled button over a real file input (menu panel), drag and drop
// of a .json file anywhere on the page (with a visible hint while dragging), and `?pack=<url>`.
// A valid pack joins the menu for this session and is selected (Play then starts it; with
// `&autostart=classic` it starts at once); an invalid one shows its problems with line:column in
// a scrollable list and the live region, and the game keeps the packs it had.
import type { GameController } from '../app/controller';
import type { OpenResult, PackOrigin } from '../app/packs/pack-opener';
import { isPackUrl, type OpenedPacks } from '../app/packs/opened-packs';
import { describeProblem } from '../domain/pack/problems';

/** Reading and checking a pack (and the validator) load when one is first opened. */
const opener = () => import('../app/packs/pack-opener');
import { isMenuMode, MENU_DIFFICULTIES } from '../state/settings-store';
import type { Difficulty } from '../domain/pack/schema';
import type { DomExtensions } from '../app/panels';
import { liveAnnouncer } from '../app/dom/live-region';

export interface PackOpenerOptions {
  /** The DOM layer's root (the live region and drop hint go here). */
  root: HTMLElement;
  app: GameController;
  opened: OpenedPacks;
  /** The menu panel slot list this adds its panel to. */
  extensions: DomExtensions;
  window: Window;
  search: string;
  /** Resolves once the bundled packs are listed (opened ones are merged after). */
  ready: Promise<void>;
  fetch?: typeof fetch;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; name: string }
  | { kind: 'ok'; message: string }
  | { kind: 'error'; message: string; result: Extract<OpenResult, { ok: false }> | null };

const MAX_LISTED = 50;

export function attachPackOpener(options: PackOpenerOptions): () => void {
  const { root, app, opened, window: win } = options;
  const doc = win.document;
  const cleanups: (() => void)[] = [];
  let status: Status = { kind: 'idle' };
  let busy = false;
  let renderPanel: (() => void) | null = null;
  let destroyed = false;
  /** A result not yet shown: the panel scrolls it into view once. */
  let fresh = false;

  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] => {
    const node = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  };

  // Own polite region: it outlives screen changes, so a result is announced even after the menu
  // re-renders with the new pack.
  const live = make('div', { class: 'sr-only', 'aria-live': 'polite', 'aria-atomic': 'true', 'data-testid': 'pack-live' });
  const hint = make('div', { class: 'drop-hint', 'aria-hidden': 'true', 'data-testid': 'drop-hint' });
  hint.append(make('p', {}, 'Drop a pack file (.json) to open it'));
  hint.hidden = true;
  root.append(live, hint);
  // A longer delay: after the menu's own "Menu." when the menu restarts with the new pack.
  const announcer = liveAnnouncer(live, 150);
  const announce = announcer.announce;
  cleanups.push(announcer.dispose);
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;
  const notice = (message: string) => {
    app.notify(message);
    clearTimeout(noticeTimer);
    noticeTimer = setTimeout(() => {
      if (app.uiStore.getState().notice === message) app.notify(null);
    }, 6000);
  };
  cleanups.push(() => clearTimeout(noticeTimer));

  const setStatus = (next: Status) => {
    status = next;
    fresh = next.kind === 'ok' || next.kind === 'error';
    renderPanel?.();
  };

  const open = async (name: string, origin: PackOrigin, read: () => Promise<{ ok: true; text: string; contentType?: string } | { ok: false; message: string }>, start?: { mode: string | null; difficulty: string | null }) => {
    if (busy) {
      announce('Still opening the previous pack; try again in a moment.');
      return;
    }
    busy = true;
    setStatus({ kind: 'busy', name });
    announce(`Opening ${name}…`);
    let result: OpenResult;
    try {
      const text = await read();
      // Opened packs are merged into the list the menu shows, so wait for the bundled ones.
      await options.ready;
      result = text.ok
        ? await (await opener()).checkPackText(text.text, name, origin, app.uiStore.getState().packs, text.contentType)
        : { ok: false, name, origin, message: `${name} could not be opened: ${text.message}.`, problems: [] };
    } catch (error) {
      result = { ok: false, name, origin, message: `${name} could not be opened (${error instanceof Error ? error.message : String(error)}).`, problems: [] };
    } finally {
      busy = false;
    }
    if (destroyed) return;
    const onMenu = app.uiStore.getState().screen === 'menu';
    if (result.ok) {
      const { entry } = result;
      opened.add(entry);
      app.selectPack(entry.id);
      const counts = `${entry.pack.facts.length} fact${entry.pack.facts.length === 1 ? '' : 's'}${entry.pack.questions?.length ? `, ${entry.pack.questions.length} hand-written question${entry.pack.questions.length === 1 ? '' : 's'}` : ''}`;
      const replaced = result.replaced ? ` It replaces “${result.replaced}” until you reload the page.` : '';
      const message = `Opened “${entry.pack.title}” (${counts}) and selected it.${replaced}`;
      const mode = start?.mode;
      if (isMenuMode(mode)) {
        const difficulty = start?.difficulty && (MENU_DIFFICULTIES as readonly string[]).includes(start.difficulty) ? (start.difficulty as Difficulty) : undefined;
        setStatus({ kind: 'ok', message });
        announce(message);
        if (await app.startRound({ packId: entry.id, mode, ...(difficulty ? { difficulty } : {}) })) return;
      }
      // On the menu, drawn afresh with the new pack selected; elsewhere, a notice says so.
      if (app.uiStore.getState().screen === 'menu') app.refreshMenu();
      else notice(message);
      setStatus({ kind: 'ok', message });
      announce(`${message} Press Play to start it.`);
    } else {
      setStatus({ kind: 'error', message: result.message, result });
      const first = result.problems.slice(0, 3).map(describeProblem).join('; ');
      announce(first ? `${result.message} ${first}.` : result.message);
      if (!onMenu) notice(result.message);
    }
  };

  const openFile = (file: File) => void open(file.name || 'the file', 'file', async () => (await opener()).readFileText(file));

  // ---- the menu panel: button + real file input + status + problem list ----------------------
  options.extensions.menu.push((container) => {
    const box = make('div', { class: 'open-pack' });
    const input = make('input', { type: 'file', accept: '.json,application/json', 'aria-label': 'Pack file', tabindex: '-1', 'data-testid': 'open-pack-input' });
    input.hidden = true;
    const button = make('button', { type: 'button', 'aria-describedby': 'open-pack-help' }, 'Open pack…');
    const help = make('span', { id: 'open-pack-help', class: 'open-pack-help' }, 'Try a pack file from your computer, or drop one anywhere on the page.');
    const state = make('p', { class: 'open-pack-status', 'data-testid': 'open-pack-status' });
    const problems = make('section', { class: 'problems open-pack-problems', 'aria-labelledby': 'open-pack-problems-title', 'data-testid': 'open-pack-problems' });
    const row = make('div', { class: 'open-pack-row' });
    row.append(button, help);
    box.append(row, input, state, problems);
    // Out of the player's way: a collapsed "For authors" corner at the foot of the menu panel,
    // opened by itself when an opened pack has something to say.
    const corner = make('details', { class: 'authors', 'data-testid': 'authors' });
    // The pack studio is a page of its own (studio.html): the game never loads its code.
    const studio = make('p', { class: 'open-pack-help' });
    studio.append(make('a', { href: './studio.html', 'data-testid': 'studio-link' }, 'Make a pack from an article (pack studio)'));
    corner.append(make('summary', {}, 'For authors'), studio, box);
    container.append(corner);
    const onClick = () => {
      app.click();
      input.value = '';
      input.click();
    };
    const onChange = () => {
      const file = input.files?.[0];
      if (file) openFile(file);
    };
    button.addEventListener('click', onClick);
    input.addEventListener('change', onChange);
    const render = () => {
      if (status.kind !== 'idle') corner.open = true;
      button.disabled = status.kind === 'busy';
      state.hidden = status.kind === 'idle';
      state.className = `open-pack-status ${status.kind}`;
      state.textContent = status.kind === 'busy' ? `Opening ${status.name}…` : status.kind === 'idle' ? '' : status.message;
      const failed = status.kind === 'error' ? status.result : null;
      problems.hidden = !failed || failed.problems.length === 0;
      problems.replaceChildren();
      if (failed && failed.problems.length > 0) {
        const n = failed.problems.length;
        const list = make('ul', { tabindex: '0', class: 'open-pack-list', 'aria-label': `Problems in ${failed.name}` });
        for (const p of failed.problems.slice(0, MAX_LISTED)) list.append(make('li', {}, describeProblem(p)));
        if (n > MAX_LISTED) list.append(make('li', {}, `… and ${n - MAX_LISTED} more`));
        const dismiss = make('button', { type: 'button', class: 'open-pack-dismiss' }, 'Dismiss');
        dismiss.addEventListener('click', () => {
          setStatus({ kind: 'idle' });
          button.focus();
        });
        problems.append(make('h3', { id: 'open-pack-problems-title' }, `${failed.name} — ${n} problem${n === 1 ? '' : 's'}`), list, dismiss);
      }
    };
    renderPanel = () => {
      render();
      // Bring a new result into view inside the menu's scrolling panel (not scrollIntoView: that
      // would also scroll the overflow-hidden page frame).
      const scroller = box.closest<HTMLElement>('.scroll');
      if (fresh && scroller) {
        fresh = false;
        const target = status.kind === 'error' ? state : box;
        scroller.scrollTop += target.getBoundingClientRect().top - scroller.getBoundingClientRect().top - 8;
      }
    };
    renderPanel();
    return () => {
      renderPanel = null;
      button.removeEventListener('click', onClick);
      input.removeEventListener('change', onChange);
    };
  });

  // ---- drag and drop anywhere ----------------------------------------------------------------
  let depth = 0;
  const hasFiles = (e: DragEvent) => !!e.dataTransfer && Array.from(e.dataTransfer.types).includes('Files');
  const onEnter = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth++;
    hint.hidden = false;
  };
  const onOver = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    // Without this the browser would navigate to the dropped file.
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    hint.hidden = false;
  };
  const onLeave = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) hint.hidden = true;
  };
  const onDrop = (e: DragEvent) => {
    depth = 0;
    hint.hidden = true;
    const files = Array.from(e.dataTransfer?.files ?? []);
    if (files.length === 0) return;
    e.preventDefault();
    const file = files.find((f) => /\.json$/i.test(f.name) || f.type === 'application/json') ?? files[0]!;
    openFile(file);
  };
  win.addEventListener('dragenter', onEnter);
  win.addEventListener('dragover', onOver);
  win.addEventListener('dragleave', onLeave);
  win.addEventListener('drop', onDrop);
  cleanups.push(() => {
    win.removeEventListener('dragenter', onEnter);
    win.removeEventListener('dragover', onOver);
    win.removeEventListener('dragleave', onLeave);
    win.removeEventListener('drop', onDrop);
  });

  // ---- ?pack=<url> ---------------------------------------------------------------------------
  const params = new URLSearchParams(options.search);
  const address = params.get('pack');
  if (isPackUrl(address)) {
    let name = address;
    try {
      name = decodeURIComponent(new URL(address, win.location.href).pathname.split('/').pop() || address);
    } catch {
      // Keep the address as its name; fetchPackText reports it.
    }
    void open(name, 'url', async () => (await import('../app/packs/fetch-pack')).fetchPackText(address, { base: win.location.href, ...(options.fetch ? { fetch: options.fetch } : {}) }), {
      mode: params.get('autostart'),
      difficulty: params.get('difficulty'),
    });
  }

  return () => {
    destroyed = true;
    renderPanel = null;
    for (const fn of cleanups.reverse()) fn();
    live.remove();
    hint.remove();
  };
}
