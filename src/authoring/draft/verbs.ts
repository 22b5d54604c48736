// The verbs a football report is written with, enough to turn "Arsenal signed Rice" into "did
// Arsenal sign Rice". A verb not known here is not guessed at: the clause keeps its gap-fill.
// (A full English lemmatizer ships a whole-language lexicon; this list is a few kilobytes.)

const BASE = `accept achieve add admit agree aim allow announce appear appoint arrive ask attack award bag bar
ban battle beat become begin believe book break bring build buy call captain carry celebrate charge
choose claim clinch close coach come compete complete concede confirm continue convert cost create cross
cut decide defeat defend deliver deny depart describe die dismiss draw drop earn end enjoy enter equal
equalise equalize establish exit extend face fail fall feature feel fight finish fire follow force
found gain get give go grab guide hand head help hire hit hold host include injure join keep kick land
lead leave let level lift lose make manage mark meet miss move name need net nod offer open overtake
own part pass pay play pull put qualify quit race rank reach receive record reject release remain
replace report represent resign rest retain retire return rise rule run sack save say score seal secure
see sell send serve set settle share shoot sign slot smash spend stand start stay step steer stop
strike struggle suffer suspend switch take target tell test thank think throw top total train transfer
turn undergo use vote want watch win withdraw work write insist reveal suggest explain warn praise criticise criticize urge
plan hope expect prove dominate produce prompt trigger spark collect deny describe dedicate admit apologise apologize argue
confirm contest convince cover crash dive edge emerge equal finish fire fly handle hurt injure last leap lift loan look miss
negotiate note notch outline overcome pick plead point post pounce prepare present press promise protest punch quit rally
recall recover reduce refuse regain rejoin remind renew reply request rescue resume reveal ride rock rout sanction score
sign slip snatch spark spell split stage stun survive sweep tap tear thrash tie tip top trail travel trigger triumph
unveil upset vow walk welcome wrap arrest bite concede condemn defy depart dispute divide earn end enter escape expire fail
force gather grow hire hope hunt inspire invest issue jump kill knock learn lend lodge match mount name order overturn
overrule owe pause probe quote rate read recruit redeem register reinstate reign reject relegate rely repeat replace
resign retain retire return rival roll rush seize sit sleep slump soar sort speak spin steal stretch submit succeed
suspend tackle teach tease tie toast tour trade treat trust try tweet uphold vote wait wave wear weigh widen wish
restore double halve cancel clear curl drill bundle poke prod glance lash rifle blast volley chip lob flick drive dribble
assist parry block foul review check disallow salvage hammer crush shock eliminate dump oust advance progress visit
sustain strain rupture damage fracture require commit appeal breach bet gamble investigate honour crown shortlist
nominate fine punish reach pass fire head concede thrash insist maintain boost extend earn
ride wear hide bite slide swing stick sink fly know drive forget flee sleep sweep lend bend speed seek catch deal
mean hear find wake freeze shake hang light dig bleed feed spring`.split(/\s+/);

const IRREGULAR: Record<string, string> = {
  beat: 'beat', became: 'become', began: 'begin', bought: 'buy', broke: 'break', brought: 'bring', built: 'build',
  came: 'come', chose: 'choose', cost: 'cost', cut: 'cut', drew: 'draw', fell: 'fall', felt: 'feel', fought: 'fight',
  gave: 'give', got: 'get', went: 'go', held: 'hold', hit: 'hit', kept: 'keep', led: 'lead', left: 'leave', let: 'let',
  lost: 'lose', made: 'make', met: 'meet', paid: 'pay', put: 'put', quit: 'quit', ran: 'run', rose: 'rise', said: 'say',
  saw: 'see', sold: 'sell', sent: 'send', set: 'set', shot: 'shoot', spent: 'spend', stood: 'stand', struck: 'strike',
  took: 'take', told: 'tell', thought: 'think', threw: 'throw', underwent: 'undergo', won: 'win', withdrew: 'withdraw', wrote: 'write',
  overtook: 'overtake', rode: 'ride', wore: 'wear', tore: 'tear', hid: 'hide', bit: 'bite', slid: 'slide', spun: 'spin', swung: 'swing',
  stuck: 'stick', sank: 'sink', stole: 'steal', flew: 'fly', knew: 'know', grew: 'grow', drove: 'drive', forgot: 'forget', fled: 'flee',
  sat: 'sit', slept: 'sleep', swept: 'sweep', leapt: 'leap', lent: 'lend', bent: 'bend', sped: 'speed', spoke: 'speak', sought: 'seek',
  caught: 'catch', taught: 'teach', dealt: 'deal', meant: 'mean', heard: 'hear', found: 'find', woke: 'wake', froze: 'freeze',
  shook: 'shake', hung: 'hang', split: 'split', lit: 'light', dug: 'dig', bled: 'bleed', fed: 'feed', sprang: 'spring',
};
const PARTICIPLE = new Set(['become', 'begun', 'broken', 'chosen', 'drawn', 'fallen', 'given', 'gone', 'risen', 'seen', 'shot',
  'struck', 'taken', 'thrown', 'undergone', 'withdrawn', 'written', 'won', 'lost', 'beaten', 'held', 'kept', 'left', 'made', 'paid',
  'sold', 'spent', 'been', 'torn', 'worn', 'shown', 'known', 'grown', 'sworn', 'bitten', 'hidden', 'spoken', 'stolen', 'forgotten', 'led', 'run', 'set', 'put', 'hit', 'cut', 'brought', 'built', 'bought', 'sent', 'told', 'met']);

const base = new Set(BASE);

export type VerbForm = { base: string; tense: 'past' | 'present-s' | 'present' };

/** A finite lexical verb as written ("signed", "leaves", "beat"), with its base form; else undefined. */
export function finiteVerb(word: string): VerbForm | undefined {
  const w = word.toLowerCase();
  if (IRREGULAR[w]) return { base: IRREGULAR[w], tense: 'past' };
  if (w.endsWith('ed')) {
    const stem = w.slice(0, -2);
    const candidates = [stem, `${stem}e`, stem.slice(0, -1), w.slice(0, -1)];
    if (w.endsWith('ied')) candidates.unshift(`${w.slice(0, -3)}y`);
    const hit = candidates.find((c) => base.has(c) && (c !== stem.slice(0, -1) || /(.)\1$/.test(stem)));
    return hit ? { base: hit, tense: 'past' } : undefined;
  }
  if (w.endsWith('s') && !w.endsWith('ss')) {
    const candidates = w.endsWith('ies') ? [`${w.slice(0, -3)}y`] : [w.slice(0, -1), w.slice(0, -2)];
    const hit = candidates.find((c) => base.has(c));
    return hit ? { base: hit, tense: 'present-s' } : undefined;
  }
  return undefined;
}

/** "signed", "taken", "beaten": a past participle after "has" or "was". */
export function isParticiple(word: string): boolean {
  const w = word.toLowerCase();
  return PARTICIPLE.has(w) || finiteVerb(w)?.tense === 'past' || /^\p{Ll}{2,}(?:ed|[^aeiou]en|wn|rn)$/u.test(w);
}

/** "sign", "pay": a base form after "will" or "to". */
export function isBase(word: string): boolean {
  return base.has(word.toLowerCase());
}

export const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'does', 'do', 'did']);

/** The auxiliary a lone wh-subject takes: "Which club has…", not "have". */
export function singularAux(aux: string): string {
  return ({ have: 'has', are: 'is', were: 'was', do: 'does' } as Record<string, string>)[aux.toLowerCase()] ?? aux;
}

const PAST = new Map(Object.entries(IRREGULAR).map(([past, b]) => [b, past]));
/** Verbs that double their last consonant before "-ed" ("netted", "stopped"). */
const DOUBLES = new Set(['net', 'stop', 'drop', 'plan', 'grab', 'slip', 'tip', 'step', 'top', 'chip', 'nod', 'prod', 'bag', 'rob', 'pin', 'tap', 'slam', 'ban', 'snap', 'ship', 'trip', 'skip', 'rub', 'sub', 'scrap']);

/** "win" → "won", "hope" → "hoped", "carry" → "carried", "net" → "netted". */
export function pastOf(base: string): string {
  const irregular = PAST.get(base);
  if (irregular) return irregular;
  if (DOUBLES.has(base)) return `${base}${base.at(-1)}ed`;
  if (base.endsWith('e')) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  return `${base}ed`;
}
