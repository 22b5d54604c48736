// Generated questions → Moodle GIFT, so a round can be used in Moodle (or re-imported here):
// ::id:: names, the explanation as general feedback (####), true/false as {T}/{F}, and every
// GIFT control character escaped.
import type { Question } from '../../domain/questions/types';

export function writeGift(questions: readonly Question[], header: readonly string[] = []): string {
  const lines = header.map((h) => `// ${h.replace(/\n/g, ' ')}`);
  for (const q of questions) {
    if (lines.length > 0) lines.push('');
    lines.push(...writeQuestion(q));
  }
  return `${lines.join('\n')}\n`;
}

function writeQuestion(q: Question): string[] {
  const head = `::${escapeGift(q.id)}:: ${escapeGift(q.prompt)} `;
  const feedback = q.explanation ? `####${escapeGift(q.explanation)}` : '';
  if (isTrueFalse(q)) return [`${head}{${q.answer === 0 ? 'T' : 'F'}${feedback}}`];
  return [
    `${head}{`,
    ...q.options.map((o, i) => `\t${i === q.answer ? '=' : '~'}${escapeGift(o)}`),
    ...(feedback ? [`\t${feedback}`] : []),
    '}',
  ];
}

function isTrueFalse(q: Question): boolean {
  return q.options.length === 2 && q.options[0] === 'True' && q.options[1] === 'False';
}

/** Backslash first, then the characters GIFT reads as structure; a leading [format] is guarded. */
export function escapeGift(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/[~=#{}:]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, '\\n');
  return /^\[(html|moodle|plain|markdown)\]/.test(escaped) ? `[plain]${escaped}` : escaped;
}
