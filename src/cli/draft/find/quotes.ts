// Quotations and where they were posted: "“… ours is ending,” Benzema wrote on Instagram
// yesterday afternoon." gives who wrote it and on which social network (dated from "yesterday").
import { slug, type Candidate, type SentenceView } from '../candidate';
import { cloze, excerpt } from '../cloze';
import { fullName, possessive, type ArticleContext } from '../context';
import { findDate } from '../dates';
import { firstSpan, football } from '../nlp';
import { SOCIAL_NETWORKS } from '../lexicon';
import { base, type Finder } from './shared';

const SAID = '(wrote|said|told|added|posted|tweeted|insisted|admitted|explained|announced|shared)';

function quotation(text: string): string | undefined {
  return /“[^”]+”|"[^"]+"/u.exec(text)?.[0];
}

export const findQuotes: Finder = (view, ctx) => {
  const out: Candidate[] = [];
  const quoted = quotation(view.text);
  const who = firstSpan(view.narrative.match(`[(#ProperNoun|@isTitleCase)+] ${SAID}`, 0), view.narrativeText);
  const speaker = who && !who.text.match(/^(He|She|They)$/) ? fullName(ctx, who.text) : undefined;
  const verb = view.narrative.match(`(#ProperNoun|@isTitleCase) ${SAID}`).match(SAID).eq(0).text('normal') || 'wrote';
  const piece = quoted ? excerpt(quoted) : undefined;
  if (quoted && speaker && piece && !piece.includes(speaker.split(' ').at(-1)!)) {
    out.push({
      ...base('speaker', view, ctx), key: `quote-${slug(speaker)}`, dedupe: `quote:${piece}`,
      subject: `“${piece}”`, relation: 'author',
      answer: { type: 'person', value: speaker },
      ask: `Who ${verb} “${piece}”?`,
      statement: `{answer} ${verb} “${piece}”.`,
      pool: 'people',
    });
  }
  const network = firstSpan(view.narrative.match('(on|via|in an|in a) [#SocialNetwork]', 0), view.narrativeText);
  const social = network && socialFact(view, ctx, network.text, speaker, piece, verb);
  if (social) out.push(social);
  return out;
};

function socialFact(view: SentenceView, ctx: ArticleContext, name: string, speaker: string | undefined, piece: string | undefined, verb: string): Candidate | undefined {
  const value = SOCIAL_NETWORKS.find((n) => n.toLowerCase() === name.toLowerCase()) ?? name;
  const who = speaker ?? ctx.subject;
  const when = findDate(view.narrative, ctx.today);
  const infinitive = football(verb).verbs().toInfinitive().all().text('normal') || 'write';
  // With a quotation: "On which social network did X write “…”?"; without one, a gap-fill.
  const prompts = piece
    ? { ask: `On which social network did ${who} ${infinitive} “${piece}”?`, statement: `${who} ${verb} on {answer}: “${piece}”.` }
    : cloze(view.text, [name]);
  if (!prompts) return undefined;
  return {
    ...base('social', view, ctx), key: 'social-network', dedupe: `social:${who}:${value}`,
    subject: who, relation: `social network used (${view.sentence.number})`,
    answer: { type: 'text', value },
    ...prompts,
    ...(when ? { date: when.value, event: `${possessive(ctx, who)} message on social media` } : {}),
    notes: when?.relative ? [`date from “${when.words}”, counted from ${ctx.today}`] : [],
    pool: 'social-networks',
  };
}
