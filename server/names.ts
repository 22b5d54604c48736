// Player names: the game's own rules (sanitizePlayerName) and then a profanity check that sees
// through leetspeak and look-alike letters (obscenity's recommended English transformers).
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { sanitizePlayerName } from '../src/domain/player-name';

const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

export type NameResult = { ok: true; name: string } | { ok: false; reason: string };

export function checkPlayerName(raw: unknown): NameResult {
  const name = sanitizePlayerName(raw);
  // Also check with the spaces and dots taken out: "f u c k" and "s.h.i.t" are the same word.
  const squeezed = name.replace(/[\s._\-*]+/g, '');
  if (matcher.hasMatch(name) || matcher.hasMatch(squeezed)) return { ok: false, reason: 'that name is not allowed on the boards; pick another' };
  return { ok: true, name };
}
