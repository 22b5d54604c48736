// A question that repeats the article's sentence (a gap-fill, a true-or-false statement) is read
// once already on its card, in the sentence shown above it. Shown again in full, each form made
// an author read the sentence three times (about 2,400 words of cards for a 250-word article).
// So the words a prompt shares with the sentence are cut to "…", keeping what differs (the blank,
// the changed value, the question's own words) with two words either side to place it.

const CONTEXT = 2;
/** A shared run shorter than this stays: cutting three words saves nothing worth the "…". */
const MIN_CUT = 4;

const norm = (w: string) => w.toLowerCase().replace(/^[“"‘'(]+|[”"’'),.;:!?]+$/g, '');

/** Which words of `a` are in a longest common subsequence with `b` (word by word). */
function common(a: readonly string[], b: readonly string[]): boolean[] {
  const n = a.length;
  const m = b.length;
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) table[i]![j] = norm(a[i]!) === norm(b[j]!) ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const out = new Array<boolean>(n).fill(false);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (norm(a[i]!) === norm(b[j]!)) {
      out[i] = true;
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return out;
}

/** The prompt with the words it shares with `sentence` cut to "…" (the prompt itself when nothing is cut). */
export function abridge(prompt: string, sentence: string): string {
  const words = prompt.split(/\s+/).filter(Boolean);
  const shared = common(words, sentence.split(/\s+/).filter(Boolean));
  // Keep what differs, and CONTEXT words around it.
  const keep = words.map((_, i) => !shared[i]);
  words.forEach((_, i) => {
    if (shared[i]) return;
    for (let d = 1; d <= CONTEXT; d++) {
      if (i - d >= 0) keep[i - d] = true;
      if (i + d < words.length) keep[i + d] = true;
    }
  });
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    if (keep[i]) {
      out.push(words[i]!);
      i++;
      continue;
    }
    let j = i;
    while (j < words.length && !keep[j]) j++;
    if (j - i >= MIN_CUT) out.push('…');
    else out.push(...words.slice(i, j));
    i = j;
  }
  return out.join(' ');
}
