// Opponents other than the debut's: "scored twice against Germany" → a gap-fill over teams.
import { slug, type Candidate } from '../candidate';
import { cloze } from '../cloze';
import { findClub, findNationalTeam } from '../lexicon';
import { spans } from '../nlp';
import { aboutSubject, base, type Finder } from './shared';

export const findOpponents: Finder = (view, ctx) => {
  if (!aboutSubject(view, ctx)) return [];
  const out: Candidate[] = [];
  const debutOpponents = new Set(spans(view.doc.match('debut against [(#NationalTeam|#Club)+]', 0), view.text).map((s) => s.start));
  for (const s of spans(view.doc.match('(against|versus|vs|beat|beating|defeated) [(#NationalTeam|#Club)+]', 0), view.text)) {
    if (debutOpponents.has(s.start)) continue;
    const team = findNationalTeam(s.text);
    const name = team?.name ?? findClub(s.text) ?? s.text;
    const gap = cloze(view.text, [s.text]);
    if (!gap) continue;
    out.push({
      ...base('opponent', view, ctx), key: `opponent-${slug(name)}`,
      relation: `opponent in sentence ${view.sentence.number}`,
      answer: { type: team ? 'team' : 'club', value: name }, ...gap,
      pool: team ? 'national-teams' : 'clubs',
    });
  }
  return out;
};
