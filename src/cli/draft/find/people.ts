// People introduced by their job: "coach Raymond Domenech", "manager Didier Deschamps",
// "French President, Emmanuel Macron". Coaches get a coaches pool; everyone else a people pool.
import { slug, type Candidate, type SentenceView } from '../candidate';
import { cloze } from '../cloze';
import { fullName, surname, type ArticleContext } from '../context';
import { firstSpan, football, matches, spans } from '../nlp';
import { aboutSubject, base, type Finder } from './shared';
import { attendance, tournamentMentions } from './tournaments';

const ENTITY = '(#Club|#NationalTeam|#Competition|#Trophy|#SocialNetwork)';

export const findPeople: Finder = (view, ctx) => {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const m of matches(view.doc, '[<role>(#CoachRole|#PersonRole)+] [<who>#ProperNoun+]')) {
    const who = firstSpan(m.groups('who'), view.text);
    if (!who || football(who.text).has(ENTITY)) continue;
    const name = fullName(ctx, who.text);
    if (name.split(' ').length < 2 || name === ctx.subject || seen.has(name)) continue;
    seen.add(name);
    const role = m.groups('role').text('normal').replace(/ mate$/, '-mate');
    const isCoach = m.groups('role').has('#CoachRole');
    const made = isCoach ? coachPrompt(view, ctx, who.term, role) : undefined;
    const gap = made ?? cloze(view.text, [who.text, surname(name)]);
    if (!gap) continue;
    out.push({
      ...base(isCoach ? 'coach' : 'person', view, ctx),
      key: slug(`${isCoach ? 'coach' : role} ${surname(name)}`), dedupe: `person:${name}`,
      priority: made ? 2 : 1,
      relation: made?.relation ?? `${role} named in sentence ${view.sentence.number}`,
      answer: { type: 'person', value: name },
      ask: gap.ask,
      statement: gap.statement,
      pool: isCoach ? 'coaches' : 'people',
      // The subject is never their own coach, president or team-mate.
      exclude: [ctx.subject],
    });
  }
  return out;
};

interface Made {
  ask: string;
  statement: string;
  relation: string;
}

/** Templates for the two ways articles usually bring in a coach; else undefined (a gap-fill). */
function coachPrompt(view: SentenceView, ctx: ArticleContext, whoTerm: number, role: string): Made | undefined {
  const team = ctx.team ? `${ctx.team} ` : '';
  // "left out of France’s squad for the 2010 World Cup, though coach Raymond Domenech insisted …"
  const tournament = tournamentMentions(view).find((t) => t.term < whoTerm);
  if (tournament && aboutSubject(view, ctx) && attendance(view, tournament)) {
    const at = /^\d/.test(tournament.text) ? `the ${tournament.text}` : tournament.text;
    return {
      ask: `Who was the ${team}${role} at ${at}?`,
      statement: `{answer} was the ${team}${role} at ${at}.`,
      relation: `${team}${role} at ${tournament.name}`,
    };
  }
  // "after falling out with manager Didier Deschamps"
  const phrase = view.doc.match('[<verb>#Gerund] [<part>#Particle?] [<prep>(with|by|under|against)] (#CoachRole|#PersonRole)+ #ProperNoun');
  const verb = spans(phrase, view.text).find((s) => s.term < whoTerm && whoTerm - s.term <= 5);
  if (!verb || !aboutSubject(view, ctx)) return undefined;
  const words = [phrase.groups('verb'), phrase.groups('part'), phrase.groups('prep')];
  const gerund = words[0]!.text('normal');
  const infinitive = football(gerund).verbs().toInfinitive().all().text('normal');
  const past = football(gerund).verbs().toPastTense().all().text('normal');
  const tail = [words[1]!.text('normal'), words[2]!.text('normal')].filter(Boolean).join(' ');
  return {
    ask: `Which ${role} did ${ctx.subject} ${infinitive} ${tail}?`,
    statement: `${ctx.subject} ${past} ${tail} ${role} {answer}.`,
    relation: `${role} ${ctx.subject} ${past} ${tail}`,
  };
}
