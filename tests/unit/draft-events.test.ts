// Football events read clause by clause (src/authoring/draft/events): each event kind pinned on a
// sentence of a real report from the dev corpus (bench/draft-corpus/dev) → the exact question,
// answer and wrong answers. A sentence that holds several events gives one fact per role.
import { describe, expect, it } from 'vitest';
import { draftPack } from '../../src/authoring/draft/draft-pack';
import type { Fact } from '../../src/domain/pack/schema';
import { answerText } from '../../src/domain/questions/forms';

const draft = (text: string) => draftPack(`Test headline for the drafter\n\n${text}`, { today: '2024-06-01' }).pack.facts;
const asked = (facts: readonly Fact[]) => facts.map((f) => `${f.prompts.ask} → ${answerText(f)}`);
const find = (facts: readonly Fact[], ask: string) => facts.find((f) => f.prompts.ask === ask);

describe('injuries: what, which side, how long out', () => {
  it('reads the injury and the time out of one sentence as two facts (messi-hamstring-2013)', () => {
    const facts = draft("Barcelona forward Lionel Messi is set to be sidelined for up to two months with a hamstring injury he sustained during Sunday's match with Real Betis.");
    expect(asked(facts)).toEqual(expect.arrayContaining([
      'What injury has Lionel Messi suffered? → hamstring injury',
      'For up to how many months is Lionel Messi set to be sidelined? → 2',
    ]));
    const injury = find(facts, 'What injury has Lionel Messi suffered?')!;
    expect(injury.distractors?.wrong).toEqual(['calf injury', 'knee injury', 'ankle injury', 'groin injury', 'thigh injury']);
    expect(injury.prompts.statement).toBe('Lionel Messi has suffered a {answer}.');
    // Its quote is the clause that states it, and the generic span path does not ask it again.
    expect(facts.filter((f) => answerText(f) === 'hamstring injury')).toHaveLength(1);
  });
  it('gives the injury to the person named just before it, not to the club that acts (struijk-hamstring)', () => {
    const facts = draft('Leeds United have suffered a significant injury blow with Pascal Struijk ruled out for the next three weeks with a hamstring injury.');
    expect(asked(facts)).toEqual(expect.arrayContaining([
      'What injury has Pascal Struijk suffered? → hamstring injury',
      'For how many weeks is Pascal Struijk ruled out? → 3',
    ]));
  });
  it('asks which part was injured, never offering a part the article gives anyone', () => {
    const facts = draft('Lionel Messi limped off after 21 minutes of the win after injuring his left hamstring. He had already damaged his right knee in September.');
    const side = facts.find((f) => f.relation.startsWith('injured part') && answerText(f) === 'left hamstring');
    expect(side?.prompts.ask).toBe('What did Lionel Messi injure?');
    expect(side?.distractors?.wrong).toEqual(['left calf', 'right calf', 'left ankle', 'right ankle', 'left groin', 'right groin']);
  });
  it('reads a torn muscle and gives it to the only person the sentence names (messi-hamstring-2013)', () => {
    const facts = draft("A Barca statement read: 'According to the club's medical services, the tests taken on Monday morning by Leo Messi have confirmed that the player has suffered a torn muscle in the femoral biceps of his left leg.");
    expect(asked(facts)).toContain('In which muscle has Leo Messi suffered a tear? → femoral biceps');
  });
  it('refuses an injury when two people could have it', () => {
    const facts = draft('Marcus Rashford and Bruno Fernandes trained apart, and one of them has a hamstring injury.');
    expect(facts.filter((f) => f.relation.startsWith('injury'))).toEqual([]);
  });
});

describe('bans and fines', () => {
  it('reads the length and the fine of one ban (trippier-betting-ban)', () => {
    const facts = draft('Kieran Trippier, the Atletico Madrid and England defender, has been suspended for 10 weeks and fined £70,000 for a breach of betting rules, the FA has confirmed.');
    expect(asked(facts)).toEqual(expect.arrayContaining([
      'For how many weeks has Kieran Trippier been suspended? → 10',
      'How much, in pounds, has Kieran Trippier been fined? → 70,000',
    ]));
  });
  it('keeps what the ban is from (toney-betting-ban)', () => {
    const facts = draft('Brentford striker Ivan Toney has been suspended from all football for eight months after breaking FA betting rules.');
    expect(asked(facts)).toContain('For how many months has Ivan Toney been suspended from all football? → 8');
  });
});

describe('league positions and leads', () => {
  it('"third-placed Chelsea" asks where in the table they were (arsenal-chelsea-wsl-2020)', () => {
    const facts = draft('Arsenal have dropped below City, with both teams having lost two games this season, while third-placed Chelsea remain unbeaten after 12 league games.');
    const place = find(facts, 'Where in the table were Chelsea?');
    expect(place && answerText(place)).toBe('third');
    expect(place?.distractors?.wrong).toEqual(['fourth', 'second', 'fifth', 'sixth', 'first']);
  });
  it('"Chelsea 11th in the Premier League table" names the table (potter-sacked)', () => {
    const facts = draft('The club have struggled for form throughout the season and Potter leaves with Chelsea 11th in the Premier League table.');
    expect(asked(facts)).toContain('Where in the Premier League table were Chelsea? → 11th');
  });
  it('a lead in points over a named rival, of the manager’s side the sentence opens on (leverkusen-title)', () => {
    const facts = draft("Xabi Alonso's side, who have not tasted defeat for a league-record 29 matches this season, have a 16-point advantage over Bayern with five matches remaining.");
    expect(asked(facts)).toContain('How many points clear of Bayern Munich were Xabi Alonso’s side? → 16');
  });
});

describe('awards: who won what', () => {
  const text = [
    "Foden took home the Players' Player of the Year award for the first time, while Palmer was named the Young Player of the Year.",
    "The women's Players' Player of the Year honour went to Shaw, with the Young Player of the Year award copped by Grace Clinton.",
    'Kyle Walker, Rodri, Declan Rice and Erling Haaland were in the team of the year.',
  ].join(' ');
  it('one sentence, two awards, two questions (pfa-awards-shaw-foden)', () => {
    const facts = draft(text);
    expect(asked(facts)).toEqual(expect.arrayContaining([
      "Who took home the Players' Player of the Year award? → Foden",
      'Who was named the Young Player of the Year? → Palmer',
      "Who won the women's Players' Player of the Year honour? → Shaw",
      'Who won the Young Player of the Year award? → Grace Clinton',
    ]));
  });
  it('never offers the winner of the same award of the other game as wrong; a surname is asked among surnames', () => {
    const facts = draft(text);
    const young = find(facts, 'Who won the Young Player of the Year award?')!;
    expect(young.distractors?.exclude).toContain('Palmer');
    const palmer = find(facts, 'Who was named the Young Player of the Year?')!;
    expect(palmer.distractors?.wrong).toEqual(['Walker', 'Rodri', 'Rice', 'Haaland']);
    expect(palmer.distractors?.exclude).toContain('Grace Clinton');
  });
});

describe('a month alone', () => {
  it('"in August" is a month, asked by month, with wrong months the sentence does not name (bonmati-ballon-dor)', () => {
    const facts = draft('Aitana Bonmati won the Ballon d’Or in Paris. Bonmati was also crowned Uefa’s player of the year in August.');
    const month = facts.find((f) => answerText(f) === 'August')!;
    expect(month.prompts.ask).toBe('In which month was Aitana Bonmati also crowned Uefa’s player of the year?');
    expect(month.distractors?.wrong).toEqual(['September', 'July', 'October', 'June', 'November', 'May', 'December']);
  });
});

describe('results and records', () => {
  it('asks the opponent of a win by its score, and the side that won (leverkusen-title)', () => {
    const facts = draft('Bayer Leverkusen bagged their first Bundesliga title, while staying undefeated, on Sunday with a 5-0 win against Werder Bremen.');
    expect(asked(facts)).toContain('Against which club did Bayer 04 Leverkusen win 5-0? → Werder Bremen');
  });
  it('reads an opponent the name finder could not type, after "a win away to" (sampdoria-napoli-osimhen)', () => {
    const facts = draft('Luciano Spalletti made several changes in defence and midfield, while Sampdoria were fresh from a surprise win away to Sassuolo.');
    expect(asked(facts)).toContain('Away to which club did UC Sampdoria win? → Sassuolo');
  });
  it('skips a result someone only hopes for, and a defeat whose side is a person', () => {
    const facts = draft('Chelsea need a win against Liverpool. Graham Potter leaves following Saturday’s 2-0 defeat at home to Aston Villa.');
    expect(facts.filter((f) => f.relation.startsWith('opponent'))).toEqual([]);
  });
  it('asks the mark a record passed, of the people who held it (haaland-scoring-record)', () => {
    const facts = draft('Erling Haaland scored his 35th league goal of the campaign against West Ham to move past Alan Shearer and Andrew Cole’s previous best of 34.');
    expect(asked(facts)).toContain('What was Alan Shearer and Andrew Cole’s previous best? → 34');
  });
});

describe('counts and epithets the span path missed', () => {
  it('counts breaches, changes and places, and "four of seven" bounded by its whole', () => {
    const facts = draft('Brentford striker Ivan Toney has been suspended from all football. The England international admitted 232 breaches between February 2017 and January 2021. The FA said four of seven alleged breaches had been proven.');
    expect(facts.map((f) => answerText(f))).toEqual(expect.arrayContaining(['232', '4']));
    const part = facts.find((f) => answerText(f) === '4');
    expect(part?.distractors?.max).toBe(7);
  });
  it('"the 25-year-old" is the one person the sentence named before it (bonmati-ballon-dor)', () => {
    const facts = draft('Barcelona and Spain star player Aitana Bonmati has been crowned the new Ballon d’Or Feminin winner to round off a remarkable year of accolades for the 25-year-old midfielder.');
    const age = facts.find((f) => answerText(f) === '25');
    expect(age?.subject).toBe('Aitana Bonmati');
  });
});

describe('exits: the tense follows the news', () => {
  it('asks a sacked manager’s club in the past, and a player who stays in the present (potter-sacked)', () => {
    const facts = draft('Chelsea manager Graham Potter has been sacked after just seven months in charge. Manchester City striker Erling Haaland has broken the record for goals in a season.');
    expect(asked(facts)).toEqual(expect.arrayContaining([
      'Which club did Graham Potter manage? → Chelsea',
      'Which club does Erling Haaland play for? → Manchester City',
    ]));
  });
  it('reads an exit behind a pronoun too', () => {
    const facts = draft('Brentford striker Ivan Toney scored twice on Saturday. He has left the club by mutual consent, the club said.');
    expect(asked(facts)).toContain('Which club did Ivan Toney play for? → Brentford');
  });
});

describe('values the span path now reads', () => {
  it('durations with a club between ("an 18-year Leeds career"), a stranglehold, and a home crowd', () => {
    const facts = draft('Paul Madeley made 727 appearances during an 18-year Leeds career. Bayer Leverkusen broke an 11-year stranglehold on the Bundesliga by Bayern Munich, to wild celebrations from a 30,000 home crowd.');
    const units = facts.map((f) => (f.answer.type === 'number' ? `${f.answer.value} ${f.answer.unit ?? ''}`.trim() : '')).filter(Boolean);
    expect(units).toEqual(expect.arrayContaining(['18 years', '11 years', '30000 spectators']));
  });
});

describe('transfers: the contract’s length', () => {
  it('of the player behind an epithet, and of the player a club completed the signing of (gyokeres-arsenal, haaland-city-signing)', () => {
    const facts = draft('Arsenal have completed the signing of Viktor Gyokeres from Sporting. The Swedish international agreed to a five-year contract, and fans will see him wearing the number 14 shirt for the Gunners. Manchester City completed the signing of Norwegian star striker Erling Haaland from Borussia Dortmund on Monday on a five-year deal.');
    expect(asked(facts)).toEqual(expect.arrayContaining([
      'For how many years did Viktor Gyokeres sign? → 5',
      'For how many years did Erling Haaland sign? → 5',
    ]));
  });
  it('leaves a deal still being talked about to the span path', () => {
    const facts = draft('Chelsea are set to sign Cole Palmer on a six-year deal, according to reports in the Spanish press.');
    expect(facts.filter((f) => f.relation.startsWith('contract length'))).toEqual([]);
  });
});

describe('results told by a verb', () => {
  it('asks the side a club beat, with the stage, an opponent after a manager’s possessive included (sevilla-europa-league-final)', () => {
    const facts = draft('Spanish La Liga club, Sevilla defeated Jose Mourinho’s Roma in the final of the UEFA Europa League on Wednesday, May 31, 2023. Argentina beat France 4-2 on penalties after a 3-3 draw.');
    expect(asked(facts)).toEqual(expect.arrayContaining([
      'Which club did Sevilla defeat in the final of the UEFA Europa League? → Roma',
      'Which team did Argentina beat 4-2 on penalties after a 3-3 draw? → France',
    ]));
  });
  it('never of a win someone still needs', () => {
    const facts = draft('Chelsea need to beat Arsenal on Sunday to stay in the title race this season.');
    expect(facts.filter((f) => f.relation.startsWith('opponent'))).toEqual([]);
  });
});

describe('ordinals and numbers of editions and shirts', () => {
  it('"the fifth edition" is a rank and "Bell’s number eight" a shirt number (bonmati-ballon-dor, colin-bell-obituary)', () => {
    const facts = draft('This was the fifth edition of the Ballon d’Or Feminin, with Alexia Putellas winning the past two. Fans wore retro shirts bearing Colin Bell’s number eight at the Etihad Stadium.');
    expect(facts.map((f) => answerText(f))).toEqual(expect.arrayContaining(['fifth', '8']));
  });
});
