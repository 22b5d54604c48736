// Tidying a written question: spaces, dangling words, length.
import { MAX_ASK, MAX_STATEMENT, refuse, type WhInput } from './types';

/** "At club level" → "at club level" at the end of a question; names keep their capitals. */
export function lowerFirst(s: string): string {
  return /^\p{Lu}\p{Ll}*\b/u.test(s) && !/^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

export function tidy(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/\s+([,;:.?])/g, '$1').replace(/,\s*,/g, ',').replace(/(?:[\s,;:–—-]+|\s+(?:and|but|or|while|as|with|then|the|a|an))+$/i, '').trim();
}

export function cutAtComma(s: string, keep?: string): string | undefined {
  for (let i = s.length - 1; i > 0; i--) {
    if (s[i] !== ',' || s[i + 1] !== ' ') continue;
    const head = s.slice(0, i);
    if (keep && !head.includes(keep)) break;
    if (head.length <= (keep ? MAX_STATEMENT : MAX_ASK)) return head;
  }
  return undefined;
}

/** A question mark, and short enough: cut at a comma, else given up. */
export function finish(question: string, input?: WhInput): string | undefined {
  let q = question.replace(/[.!?]+$/, '');
  if (q.length > MAX_ASK) q = cutAtComma(q) ?? q;
  // Then trailing adjuncts, last first ("… and the rest of the tournament", "… on Sunday").
  // Never into the wh-phrase and its verb ("With a 1-0 win over which club did … send"): only after the subject.
  const verbAt = /^(?:With|To|After|Before|Against|Over|By|At|In|For|From|On)\s.*?\s(?:did|does|do|has|have|had|is|are|was|were|will|would|can|could)\s+\S+/.exec(q);
  const floor = Math.max(40, verbAt ? verbAt[0].length : 0);
  for (let guard = 0; q.length > MAX_ASK && guard < 4; guard++) {
    const m = [...q.matchAll(/\s+(?:and|in|on|at|for|with|after|before|as|during|since|to|from|against|over)\s+/g)].at(-1);
    if (!m || m.index < floor) break;
    // "…by Guro Reiten three minutes | after …": a measure left without its "after" goes too.
    const measure = /^\s+(?:after|before)\s/.test(m[0]) ? /\s+(?:\p{L}+|\d+)\s+(?:minutes?|seconds?|days?|weeks?|months?|years?|games?|matches)$/u : /$^/;
    q = q.slice(0, m.index).replace(measure, '');
  }
  if (q.length > MAX_ASK) return input && refuse(input, `the question would be over ${MAX_ASK} characters`);
  if (q.length < 12) return input && refuse(input, 'the question would be too short to read');
  if (/[“”"]|…/.test(q)) return input && refuse(input, 'the question would hold a quotation');
  // "he"/"she" left inside the question would point at nobody the player can see.
  return `${q}?`;
}
