// Shared by the server tests and the bench: the real packs, and answer histories built from the
// round the server would ask (right answers, wrong ones, or a Survival that runs out of lives).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Mode } from '../../src/domain/modes';
import type { Difficulty } from '../../src/domain/pack/schema';
import { questionsForRound } from '../../src/domain/round-questions';
import { loadPacks, type PackIndex } from '../../server/packs';
import type { SubmittedAnswer } from '../../server/rounds';

export const QUESTIONS_DIR = fileURLToPath(new URL('../../questions', import.meta.url));
export const PACK_ID = 'world-cup-final-2022';
/** The shipped pack's own version (read from its file, so a new edition of the pack needs no change here). */
export const PACK_VERSION = (JSON.parse(readFileSync(join(QUESTIONS_DIR, `${PACK_ID}.json`), 'utf8')) as { version: string }).version;

let cached: PackIndex | undefined;
export const packs = (): PackIndex => (cached ??= loadPacks(QUESTIONS_DIR));

export interface Played {
  seed: string;
  mode: Mode;
  difficulty: Difficulty;
}

/** A history for the round: `right` decides per question; Survival stops when lives run out. */
export function historyFor(run: Played, right: (i: number) => boolean = () => true, timeMs = 1_000): SubmittedAnswer[] {
  const pack = packs().get(PACK_ID, PACK_VERSION)!;
  const questions = questionsForRound(pack, { packId: PACK_ID, packVersion: PACK_VERSION, ...run });
  const out: SubmittedAnswer[] = [];
  let lives = run.mode === 'survival' ? 3 : Infinity;
  for (const [i, q] of questions.entries()) {
    if (lives <= 0) break;
    const ok = right(i);
    if (!ok) lives--;
    out.push({ questionId: q.id, chosen: ok ? q.answer : (q.answer + 1) % q.options.length, timeMs, lifelines: [] });
  }
  return out;
}
