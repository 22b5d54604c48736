// What a share click hands over, built when a round finishes (and again after a rename, since the
// link and the card carry the player's name): the share text, the challenge link, the card.
import type { RoundState } from '../../domain/round';
import { encodeChallenge } from '../challenge-link';
import { cardToBlob, renderResultCard } from '../result-card';
import { cardFile } from '../share-actions';
import { makeShareText, outcomesFromHistory } from '../share-text';

export const GAME_NAME = 'Football Trivia';

/**
 * What a share click hands over. The card is drawn at once (synchronous); its PNG is encoded in
 * the background (`file`, once `filePromise` settles). A click before that encodes it on the spot
 * (`cardFileNow`), so Share image always answers with the current card, never "try again".
 */
export interface ShareBundle {
  text: string;
  link: string | null;
  card: HTMLCanvasElement | null;
  file: File | null;
  filePromise: Promise<File | null>;
}

export interface ShareInput {
  round: RoundState;
  packTitle: string;
  /** The ISO finish time (the card shows its day). */
  date: string;
  /** The Daily's number, or null for any other round. */
  daily: number | null;
  playerName: string;
  /** The page's address without query or hash: the challenge link starts with it. */
  baseUrl: string;
  /** `#pack=…` when the round's pack came in the page's link, so the friend's link carries it too. */
  linkHash?: string;
}

export function buildShareBundle(doc: Document, input: ShareInput): ShareBundle {
  const { round, playerName } = input;
  const { config } = round;
  const encoded = encodeChallenge(
    { packId: config.packId, packVersion: config.packVersion, seed: config.seed, mode: config.mode, difficulty: config.difficulty, name: playerName, score: round.score, total: round.history.length },
    input.baseUrl,
  );
  const link = encoded.ok ? `${encoded.url}${input.linkHash ?? ''}` : null;
  const outcomes = outcomesFromHistory(round.history);
  const text = makeShareText({
    gameName: GAME_NAME,
    packTitle: input.packTitle,
    score: round.score,
    correct: round.correctCount,
    total: round.history.length,
    outcomes,
    ...(link ? { link } : {}),
    ...(input.daily !== null ? { daily: input.daily } : {}),
  });
  const canvas = doc.createElement('canvas');
  let drawn: boolean;
  try {
    drawn = renderResultCard(canvas, {
      gameName: GAME_NAME,
      packTitle: input.packTitle,
      score: round.score,
      correct: round.correctCount,
      total: round.history.length,
      bestStreak: round.bestStreak,
      outcomes,
      date: input.date.slice(0, 10),
      ...(input.daily !== null ? { daily: input.daily } : { challengeText: `Can you beat ${playerName}? Follow the link` }),
      playerName,
    });
  } catch {
    drawn = false;
  }
  const share: ShareBundle = { text, link, card: drawn ? canvas : null, file: null, filePromise: Promise.resolve(null) };
  // Encoded in the background now, so a click usually finds the file ready.
  if (share.card) {
    share.filePromise = cardToBlob(share.card).then(
      (blob) => (share.file = cardFile(blob)),
      () => null,
    );
  }
  return share;
}
