// Trophies and awards the subject won: "Current Ballon d’Or winner", "won the Champions League",
// "won the first trophy of his time with the national side" (next to "UEFA Nations League").
import { slug, type Candidate } from '../candidate';
import { findTrophy, NATIONAL_TITLES, TROPHIES } from '../lexicon';
import { spans } from '../nlp';
import { aboutSubject, base, type Finder } from './shared';

export const findTrophies: Finder = (view, ctx) => {
  // compromise cannot put {root} terms inside an OR, so each verb is asked on its own.
  const won = ['{win}', '{lift}', '{claim}', '(winner|winners|holder)'].some((p) => view.doc.has(p));
  if (!won || !aboutSubject(view, ctx)) return [];
  const out: Candidate[] = [];
  const firstWithTeam = view.doc.has('{win} the first (trophy|title)') && view.doc.has('(national|#NationalTeam) (side|team)');
  for (const s of spans(view.doc.match('#Trophy+'), view.text)) {
    const trophy = findTrophy(s.text) ?? findTrophy(s.text.replace(/^(UEFA|FIFA) /, ''));
    if (!trophy) continue;
    const name = trophy.name;
    const common = {
      ...base('trophy', view, ctx), key: `trophy-${slug(name)}`, dedupe: `trophy:${name}`,
      answer: { type: trophy.kind === 'award' ? ('text' as const) : ('tournament' as const), value: name }, pool: 'trophies' as const,
      // Hard rounds lead with these: awards against awards, a national team's titles against its others.
      wrong: (trophy.kind === 'national' ? NATIONAL_TITLES : TROPHIES.filter((t) => t.kind === trophy.kind).map((t) => t.name))
        .filter((t) => t !== name).slice(0, 4),
    };
    const reigning = view.doc.match(`(current|reigning) ${s.text.split(' ')[0]}`).found;
    if (reigning) {
      out.push({ ...common, priority: 3, relation: 'reigning award',
        ask: `${ctx.subject} was the reigning winner of which award?`,
        statement: `${ctx.subject} was the reigning winner of the {answer}.` });
    } else if (firstWithTeam && ctx.team) {
      out.push({ ...common, priority: 3, relation: `first trophy with ${ctx.team}`,
        ask: `What was the first trophy ${ctx.subject} won with ${ctx.team}?`,
        statement: `${ctx.subject} won ${ctx.pronoun} first trophy with ${ctx.team}, the {answer}.` });
    } else {
      out.push({ ...common, wrong: undefined, priority: 1, relation: 'trophies won', notes: ['pool trophies may include ones also won'],
        ask: `Which of these has ${ctx.subject} won?`,
        statement: `${ctx.subject} has won the {answer}.` });
    }
  }
  return out;
};
