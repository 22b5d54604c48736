// A walkthrough of the pack studio as a new author does it (issue 22), on the BUILT site with the
// service worker on and the project's own server (`server/main.ts`, what `npm start` runs): for each
// article of a plan, paste it into an empty studio, fill in its details, draft, make the fixes a
// careful author makes after reading the cards (each written in the plan with why), Share, and
// have a friend in a fresh browser open the short link and play the round. Counts clicks, typed
// fields, edits (changes to the draft) and the wall-clock time of the whole flow, and prints what
// the friend got. The articles are real published ones kept outside the repository (their text is
// not ours to store): the plan names each file with its URL, publisher and date.
//
//   npm run build && npx tsx bench/studio-walkthrough.ts <plan.json>
//
// plan.json: [{ file, title, publisher, date (YYYY-MM-DD), url, fixes: Fix[] }]. A fix names a card
// by its marked answer and words of its sentence.
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer } from '../tests/server/load';

interface CardRef {
  /** The answer as marked in the card's sentence. */
  answer: string;
  /** Words of the card's sentence. */
  sentence: string;
}
type Fix =
  | { do: 'delete'; card: CardRef; why: string }
  | { do: 'about'; card: CardRef; to: string; everywhere?: boolean; why: string }
  | { do: 'remove-wrong'; card: CardRef; value: string; why: string }
  | { do: 'add-wrong'; card: CardRef; value: string; why: string }
  | { do: 'select'; words: string; in: string; why: string }
  | { do: 'drop-gaps'; why: string }
  | { do: 'delete-sentence'; card: CardRef; why: string }
  | { do: 'reword'; card: CardRef; ask: string; why: string };
interface Article {
  file: string;
  title: string;
  publisher: string;
  date: string;
  url: string;
  fixes: Fix[];
}

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

class Counter {
  clicks = 0;
  typed = 0;
  edits = 0;
  selections = 0;
}

async function click(page: Page, c: Counter, selector: Parameters<Page['locator']>[0] | ReturnType<Page['locator']>): Promise<void> {
  const target = typeof selector === 'string' ? page.locator(selector) : selector;
  await target.click();
  c.clicks++;
}

async function type(page: Page, c: Counter, label: string, value: string, exact = false): Promise<void> {
  // Each field is clicked into, then typed (or pasted) into.
  await page.getByLabel(label, { exact }).click();
  await page.getByLabel(label, { exact }).fill(value);
  c.clicks++;
  c.typed++;
}

/** Until the studio has checked the pack as it is now. */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const t = document.querySelector('[data-testid="summary"]')?.textContent ?? '';
    return /Ready to play\.$|to fix before playing\.$/.test(t);
  }, undefined, { timeout: 30_000 });
  return (await page.getByTestId('summary').textContent()) ?? '';
}

async function cardIndex(page: Page, ref: CardRef): Promise<number> {
  const index = await page.evaluate(({ answer, sentence }) => {
    for (const card of Array.from(document.querySelectorAll<HTMLElement>('[data-testid="card"]'))) {
      // The whole sentence is on the card's data (a card under one with the same sentence shows only its answer).
      const s = card.querySelector<HTMLElement>('[data-testid="card-sentence"]');
      const marks = Array.from(s?.querySelectorAll('mark') ?? []).map((m) => m.textContent);
      if (s?.dataset.quote?.includes(sentence) && marks.includes(answer)) return Number(card.dataset.factIndex);
    }
    return -1;
  }, ref);
  if (index < 0) throw new Error(`no card with the answer “${ref.answer}” in a sentence with “${ref.sentence}”`);
  return index;
}
/** Words a reader sees on the cards: their rendered text, without unopened list choices and buttons. */
async function wordsOnCards(page: Page): Promise<number> {
  return page.evaluate(() => {
    let words = 0;
    for (const card of Array.from(document.querySelectorAll<HTMLElement>('[data-testid="card"]'))) {
      const copy = card.cloneNode(true) as HTMLElement;
      for (const s of Array.from(copy.querySelectorAll('select'))) s.replaceWith(document.createTextNode(` ${s.selectedOptions[0]?.text ?? ''} `));
      for (const b of Array.from(copy.querySelectorAll('button, datalist, .sr-only, [hidden], details:not([open]) > :not(summary)'))) b.remove();
      // innerText needs layout: measured in a hidden box of the card's width.
      copy.style.cssText = `position:absolute;left:-10000px;width:${card.clientWidth}px`;
      document.body.append(copy);
      words += copy.innerText.split(/\s+/).filter(Boolean).length;
      copy.remove();
    }
    return words;
  });
}

const card = (page: Page, index: number) => page.locator(`[data-testid="card"][data-fact-index="${index}"]`);

async function applyFix(page: Page, c: Counter, fix: Fix): Promise<void> {
  if (fix.do === 'select') {
    // A drag over the words in the article box (a selection, not a click), then the button.
    await page.getByLabel('Article text').evaluate((node, { words, within }) => {
      const box = node as HTMLTextAreaElement;
      const at = box.value.indexOf(within);
      if (at < 0) throw new Error(`no “${within}” in the article`);
      const start = box.value.indexOf(words, at);
      box.focus();
      box.setSelectionRange(start, start + words.length);
    }, { words: fix.words, within: fix.in });
    c.selections++;
    await click(page, c, page.getByRole('button', { name: 'Add a fact from the selection' }));
    await page.waitForFunction(() => /^Added a fact/.test(document.querySelector('[data-testid="draft-status"]')?.textContent ?? ''), undefined, { timeout: 30_000 });
    c.edits++;
    return;
  }
  if (fix.do === 'drop-gaps') {
    await click(page, c, page.getByTestId('drop-gaps'));
    c.edits++;
    await settled(page);
    return;
  }
  const i = await cardIndex(page, fix.card);
  const el = card(page, i);
  if (fix.do === 'delete') {
    await click(page, c, el.getByTestId('delete'));
    c.edits++;
  } else if (fix.do === 'reword') {
    // Edit, the question's field, Close.
    await click(page, c, el.getByTestId('edit'));
    await el.getByLabel('Question (as the player reads it)').fill(fix.ask);
    c.clicks++;
    c.typed++;
    await click(page, c, el.getByTestId('edit'));
    c.edits++;
  } else if (fix.do === 'delete-sentence') {
    await click(page, c, el.getByTestId('delete-group'));
    c.edits++;
  } else if (fix.do === 'about') {
    await el.getByTestId('about').selectOption(fix.to);
    c.clicks += 2; // open the list, pick the name
    c.edits++;
    if (fix.everywhere) {
      await settled(page);
      await click(page, c, card(page, i).getByTestId('about-everywhere'));
      c.edits++;
    }
  } else if (fix.do === 'remove-wrong') {
    await click(page, c, el.getByRole('button', { name: `Remove the wrong answer ${fix.value}` }));
    c.edits++;
  } else {
    await el.getByTestId('add-wrong').click();
    await el.getByTestId('add-wrong').fill(fix.value);
    await el.getByTestId('add-wrong').press('Enter');
    c.clicks++;
    c.typed++;
    c.edits++;
  }
  await settled(page);
}

interface Outcome {
  title: string;
  words: number;
  drafted: string;
  before: string;
  after: string;
  counter: Counter;
  authorSeconds: number;
  cardWords: number;
  cardWordsAfter: number;
  link: string;
  friendMenu: string;
  friendQuestions: number;
  friendRight: number;
  friendPrompts: string[];
}

async function walk(browser: Browser, site: string, a: Article): Promise<Outcome> {
  const text = readFileSync(a.file, 'utf8').trim();
  const c = new Counter();
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, serviceWorkers: 'allow' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site).origin });
  // Headless desktop Chromium may offer a share sheet; a desktop author copies the link.
  await context.addInitScript(() => {
    delete (Navigator.prototype as { share?: unknown }).share;
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const started = Date.now();
  await page.goto(`${site}studio.html`);
  await page.getByLabel('Article text').waitFor();
  // Paste: one click into the box and Ctrl+V.
  await type(page, c, 'Article text', text);
  await type(page, c, 'Title', a.title, true);
  await type(page, c, 'Publisher', a.publisher);
  await page.getByLabel('Date', { exact: true }).fill(a.date);
  c.clicks++;
  c.typed++;
  await type(page, c, 'URL (optional)', a.url);
  await type(page, c, 'Your name (author)', 'Walkthrough author');
  await click(page, c, page.getByRole('button', { name: 'Draft questions' }));
  await page.waitForFunction(() => /^Drafted|found no facts/.test(document.querySelector('[data-testid="draft-status"]')?.textContent ?? ''), undefined, { timeout: 60_000 });
  const drafted = (await page.getByTestId('draft-status').textContent()) ?? '';
  const before = await settled(page);
  // What a careful author reads before deciding: the words the cards show (what is folded or
  // hidden, a list's unopened choices and the buttons' own names are not read). A plan that
  // starts with the one-step "Remove the gap-fills" reads the cards left after it.
  const fixes = [...a.fixes];
  if (fixes[0]?.do === 'drop-gaps') await applyFix(page, c, fixes.shift()!);
  const cardWords = await wordsOnCards(page);
  for (const fix of fixes) await applyFix(page, c, fix);
  const after = await settled(page);
  const cardWordsAfter = await wordsOnCards(page);
  if (!/Ready to play\.$/.test(after)) {
    const problems = await page.locator('.problems li, .field-problem p').allTextContents();
    // What was saved, for the author's report: the facts added by hand.
    const saved = await page.evaluate(() => new Promise<string>((resolve) => {
      const req = indexedDB.open('pack-studio');
      req.onsuccess = () => {
        const all = req.result.transaction('drafts').objectStore('drafts').getAll();
        all.onsuccess = () => resolve(JSON.stringify((all.result as Array<{ doc: { pack?: { facts: Array<{ review?: string }> } } }>).flatMap((r) => r.doc.pack?.facts.filter((f) => f.review?.includes('selection')) ?? [])));
      };
    }));
    console.error(saved);
    throw new Error(`${a.title}: not ready after the fixes: ${after} ${problems.join(' | ')}`);
  }
  await page.waitForFunction(() => /^Ready:|Share/.test(document.querySelector('[data-testid="play-status"]')?.textContent ?? ''), undefined, { timeout: 30_000 });
  await click(page, c, page.getByRole('button', { name: 'Share pack' }));
  await page.waitForFunction(() => /^(Short link copied|Link copied)/.test(document.querySelector('[data-testid="play-status"]')?.textContent ?? ''), undefined, { timeout: 30_000 });
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const authorSeconds = (Date.now() - started) / 1000;
  if (errors.length) throw new Error(`studio errors: ${errors.join('; ')}`);
  await context.close();

  // The friend: a fresh browser, the link, Play, every question answered right.
  const friend = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'allow' });
  const fp = await friend.newPage();
  await fp.goto(link);
  await fp.waitForFunction(() => window.__trivia?.uiStore.getState().screen === 'menu', undefined, { timeout: 30_000 });
  await fp.waitForFunction((t) => window.__trivia?.uiStore.getState().packs.some((p) => p.title === t), a.title, { timeout: 30_000 });
  const friendMenu = (await fp.locator('#mode-note').textContent()) ?? '';
  await fp.getByRole('button', { name: 'Play', exact: true }).focus();
  await fp.keyboard.press('Enter');
  await fp.waitForFunction(() => window.__trivia?.uiStore.getState().screen === 'quiz', undefined, { timeout: 30_000 });
  const prompts: string[] = [];
  for (;;) {
    await fp.waitForFunction(() => {
      const r = window.__trivia?.roundStore.getState().round;
      return !r || r.phase === 'asking' || r.phase === 'finished';
    });
    const r = await fp.evaluate(() => {
      const round = window.__trivia!.roundStore.getState().round!;
      return { phase: round.phase, index: round.index, answer: round.questions[round.index]?.answer ?? 0, prompt: round.questions[round.index]?.prompt ?? '', done: round.history.length };
    });
    if (r.phase === 'finished') break;
    prompts.push(r.prompt);
    await fp.keyboard.press(String(r.answer + 1));
    await fp.waitForFunction((n) => (window.__trivia?.roundStore.getState().round?.history.length ?? 0) > n, r.done);
    await fp.keyboard.press('Enter');
    await fp.waitForFunction((i) => {
      const round = window.__trivia?.roundStore.getState().round;
      return !round || round.phase === 'finished' || (round.phase === 'asking' && round.index > i);
    }, r.index);
  }
  const result = await fp.evaluate(() => {
    const round = window.__trivia!.roundStore.getState().round!;
    return { questions: round.questions.length, right: round.correctCount };
  });
  await friend.close();
  return { title: a.title, words: text.split(/\s+/).length, drafted, before, after, counter: c, authorSeconds, cardWords, cardWordsAfter, link, friendMenu, friendQuestions: result.questions, friendRight: result.right, friendPrompts: prompts };
}

async function main(): Promise<void> {
  const planFile = process.argv[2];
  if (!planFile) throw new Error('usage: npx tsx bench/studio-walkthrough.ts <plan.json>');
  if (!existsSync('dist/studio.html')) throw new Error('build the site first: npm run build');
  const plan = JSON.parse(readFileSync(planFile, 'utf8')) as Article[];
  const dataDir = mkdtempSync(join(tmpdir(), 'studio-walk-'));
  const server = await startServer(dataDir, { RATE_PACKS: '30' });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    for (const a of plan) {
      const o = await walk(browser, `${server.url}/`, a);
      console.log(`\n## ${o.title} (${o.words} words) — ${a.publisher}, ${a.date}\n${a.url}`);
      console.log(`draft: ${o.drafted}`);
      console.log(`before the fixes: ${o.before}`);
      console.log(`after ${a.fixes.length} fixes: ${o.after}`);
      for (const f of a.fixes) console.log(`  - ${f.do}${'card' in f ? ` “${f.card.answer}”` : 'words' in f ? ` “${f.words}”` : ''}${'to' in f ? ` → ${f.to}${f.everywhere ? ' (and the other facts about that name)' : ''}` : ''}${'value' in f ? ` “${f.value}”` : ''}${'ask' in f ? ` → “${f.ask}”` : ''}: ${f.why}`);
      console.log(`clicks ${o.counter.clicks}, typed fields ${o.counter.typed}, selections ${o.counter.selections}, edits ${o.counter.edits}`);
      console.log(`machine wall-clock, empty studio → link copied: ${o.authorSeconds.toFixed(1)} s; words on the cards an author reads: ${o.cardWords} as drafted${a.fixes[0]?.do === 'drop-gaps' ? ' (after Remove the gap-fills)' : ''}, ${o.cardWordsAfter} after the fixes (+ ${o.words} of the article)`);
      // An estimate, not a human timing: reading at 250 words a minute (the article, and every card
      // as drafted), 3 s a click, 15 s a typed field (the article's details and each typed answer;
      // the article itself is pasted, a click).
      const reading = ((o.words + o.cardWords) / 250) * 60;
      const typed = o.counter.typed - 1;
      const estimate = reading + 3 * o.counter.clicks + 15 * typed;
      console.log(`estimate: reading ${(reading / 60).toFixed(1)} min (cards alone ${(o.cardWords / 250).toFixed(1)} min) + ${o.counter.clicks} clicks × 3 s + ${typed} typed × 15 s = ${(estimate / 60).toFixed(1)} min`);
      console.log(`link: ${o.link.length} characters (${o.link.replace(/^https?:\/\/[^/]+/, '')})`);
      console.log(`friend: menu “${o.friendMenu}”, played ${o.friendQuestions} questions, ${o.friendRight} right`);
      o.friendPrompts.forEach((p, i) => console.log(`   ${i + 1}. ${p}`));
    }
  } finally {
    await browser.close();
    server.child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
