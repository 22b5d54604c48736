// Moodle GIFT → imported questions. Follows Moodle's own reader (question/format/gift/format.php):
// questions are separated by blank lines, `//` lines are comments, `::name::` names a question,
// `{…}` holds the answers, `\~ \= \# \{ \} \:` are escapes and `\n` a line break.
// Multiple choice, true/false and numerical questions come through; matching, short answer,
// essay, multiple-answer and several-blank questions are reported with their line and skipped.
import { multipleChoice, numerical, trueFalse, type Parsed } from './gift-answers';
import { clean, hideEscapes, restore } from './gift-text';
import { questionId, type ImportedQuestion, type ImportProblem, type ImportResult } from './imported';

interface Block {
  line: number;
  text: string;
}

export function parseGift(source: string): ImportResult {
  const questions: ImportedQuestion[] = [];
  const problems: ImportProblem[] = [];
  const categories = new Set<string>();
  for (const block of blocks(source)) {
    let text = hideEscapes(block.text);
    let line = block.line;
    const category = /^\$CATEGORY:(.*)$/m.exec(text);
    if (category && category.index === 0) {
      categories.add(restore(category[1]!).trim());
      const rest = text.slice(category[0].length);
      const start = rest.search(/\S/);
      line += start < 0 ? 0 : (rest.slice(0, start).match(/\n/g) ?? []).length;
      text = rest.trim();
      if (!text) continue;
    }
    const parsed = parseQuestion(text, line, questions.length);
    if ('problem' in parsed) problems.push({ line, severity: 'error', message: parsed.problem });
    else questions.push(parsed.question);
  }
  const only = categories.size === 1 ? [...categories][0]!.split('/').at(-1)!.trim() : undefined;
  return { questions, problems, ...(only ? { category: only } : {}) };
}

/** Runs of non-blank lines; comment lines are blanked in place so line numbers still add up. */
function blocks(source: string): Block[] {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const out: Block[] = [];
  let current: { line: number; lines: string[] } | undefined;
  lines.forEach((raw, i) => {
    if (raw.trim() === '') {
      if (current) out.push(finish(current));
      current = undefined;
      return;
    }
    const isComment = raw.trim().startsWith('//');
    if (!current) {
      if (isComment) return;
      current = { line: i + 1, lines: [] };
    }
    current.lines.push(isComment ? '' : raw);
  });
  if (current) out.push(finish(current));
  return out.filter((b) => b.text.length > 0);
}

function finish(b: { line: number; lines: string[] }): Block {
  return { line: b.line, text: b.lines.join('\n').trim() };
}

function parseQuestion(text: string, line: number, n: number): Parsed {
  let body = text;
  let title: string | undefined;
  if (body.startsWith('::')) {
    const end = body.indexOf('::', 2);
    if (end < 0) return { problem: 'the question name is not closed with "::"' };
    title = clean(body.slice(2, end));
    body = body.slice(end + 2).trim();
  }
  const open = body.indexOf('{');
  const close = body.indexOf('}');
  if (open < 0 && close < 0) return { problem: 'no answers in {…}: a description, not a question (skipped)' };
  if (close < 0) return { problem: 'the answers are not closed with "}"' };
  if (open < 0 || close < open) return { problem: 'unbalanced braces: "}" before any "{" (escape a literal brace as \\})' };
  if (body.indexOf('{', open + 1) >= 0) return { problem: 'several answer blanks in one question (missing word with several blanks): not supported' };

  const before = body.slice(0, open);
  const after = body.slice(close + 1);
  const isHtml = /^\s*\[html\]/.test(before);
  const prompt = clean(after.trim() ? `${before}_____${after}` : before, isHtml);
  if (!prompt) return { problem: 'the question has no text' };

  let answers = body.slice(open + 1, close).trim();
  let general = '';
  const gf = answers.lastIndexOf('####');
  if (gf >= 0) {
    general = clean(answers.slice(gf + 4), isHtml);
    answers = answers.slice(0, gf).trim();
  }
  const base = { line, ...(title ? { title } : {}), prompt };
  const id = questionId(base, n);
  const txt = (s: string) => clean(s, isHtml);

  if (answers === '') return { problem: 'an essay question (empty {}): not supported' };
  if (answers.startsWith('#')) return numerical(answers.slice(1), base, id, general, txt);
  if (answers.includes('~')) return multipleChoice(answers, base, general, txt);
  if (answers.includes('=') && answers.includes('->')) return { problem: 'a matching question: not supported' };
  const tf = /^(T|TRUE|F|FALSE)\s*(?:#|$)/i.exec(answers);
  if (tf) return trueFalse(answers, base, general, txt);
  return { problem: 'a short-answer question (typed answer): not supported' };
}

