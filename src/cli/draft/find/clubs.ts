// Clubs: "Real Madrid forward, Karim Benzema" — the club the subject plays for.
import { slug, type Candidate } from '../candidate';
import { cloze } from '../cloze';
import { findClub } from '../lexicon';
import { matches, spans } from '../nlp';
import { aboutSubject, base, type Finder } from './shared';

const POSITIONS = '(forward|striker|midfielder|defender|goalkeeper|winger|player|star|captain|centre-back|full-back)';

export const findClubs: Finder = (view, ctx) => {
  if (!aboutSubject(view, ctx)) return [];
  const out: Candidate[] = [];
  for (const m of matches(view.doc, `[<club>#Club+] [<pos>${POSITIONS}]`)) {
    const club = spans(m.groups('club'), view.text)[0];
    const name = club && (findClub(club.text) ?? club.text);
    if (!name) continue;
    const position = m.groups('pos').text('normal');
    out.push({
      ...base('club', view, ctx), key: `club-${slug(name)}`, dedupe: `club:${name}`, priority: 2,
      relation: 'club',
      answer: { type: 'club', value: name },
      ask: `${ctx.subject} was a ${position} at which club?`,
      statement: `${ctx.subject} was a ${position} at {answer}.`,
      pool: 'clubs',
    });
  }
  // Any other club the subject is tied to ("his club form with Real Madrid"): a gap-fill.
  for (const m of matches(view.doc, '(for|with|at|joined|join|from|left) [<club>#Club+]')) {
    const club = spans(m.groups('club'), view.text)[0];
    const name = club && (findClub(club.text) ?? club.text);
    const gap = club && cloze(view.text, [club.text]);
    if (!name || !gap) continue;
    out.push({
      ...base('club', view, ctx), key: `club-${slug(name)}`, dedupe: `club:${name}`, priority: 1,
      relation: 'club', answer: { type: 'club', value: name }, ...gap, pool: 'clubs',
    });
  }
  return out;
};
