// Is an article in English? The drafter reads English only: on Spanish it took "Milán" for a club
// and "Liga de Campeones" for a person, on Russian "Реал Мадрид" for a person. Refusing with a
// message beats a confident wrong draft. English prose is about a fifth function words; other
// languages in Latin script share few of these (no "a" or "in", which Italian and Portuguese use).

const ENGLISH_WORDS = new Set(['the', 'and', 'of', 'to', 'was', 'were', 'for', 'on', 'with', 'his', 'her', 'he', 'she', 'has', 'have', 'had',
  'is', 'are', 'at', 'by', 'after', 'from', 'their', 'they', 'it', 'its', 'that', 'this', 'but', 'been', 'will', 'who', 'which', 'an', 'as', 'into']);

/** Share of English function words needed, among at least this many words, to call a text English. */
const MIN_SHARE = 0.08;
const MIN_WORDS = 12;

export function looksEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return false;
  const latin = words.filter((w) => /^[a-z\u00c0-\u024f]+$/.test(w)).length;
  // Mostly another script (Cyrillic, Greek, Arabic, CJK…): not English, however short.
  if (latin < words.length / 2) return false;
  // Too short to tell by its words: let the drafter try.
  if (words.length < MIN_WORDS) return true;
  return words.filter((w) => ENGLISH_WORDS.has(w)).length / words.length >= MIN_SHARE;
}
