// Bounds on what draft reads, so its time stays linear in the input and hostile text (binary junk,
// one enormous line, deep brackets) costs a skipped sentence, never a crash or a hang.

/** Larger articles are refused with a message: no real report is anywhere near this. */
export const MAX_INPUT_CHARS = 2_000_000;
/** A longer "sentence" is skipped (said so in --explain): no fair quote is that long. */
export const MAX_SENTENCE_CHARS = 700;
/** At most this many facts in one draft: checking a pack grows with the square of its facts, and
 *  no author reviews more. Later sentences are reported as skipped. */
export const MAX_FACTS = 400;
/** At most this many facts from one sentence: its quote gives the others away anyway. */
export const MAX_FACTS_PER_SENTENCE = 6;

/** Control characters and stray surrogates become spaces; line ends become \n. */
export function sanitize(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    // Control characters and replacement marks (binary junk) become spaces.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g, ' ')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, ' ');
}

/** Mostly letters? Binary junk decoded as text is not. */
export function looksLikeText(text: string): boolean {
  const sample = text.slice(0, 20_000);
  const letters = (sample.match(/[\p{L}\s.,'’"“”-]/gu) ?? []).length;
  return sample.length === 0 || letters / sample.length > 0.6;
}
