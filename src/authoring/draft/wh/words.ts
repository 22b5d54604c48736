// The closed word classes the question writer reads clauses with.

export const OPENER = /^(?:(?:and|but|while|whereas|although|though|as|when|after|before|since|because|so|then|yet|once|also|until|where)\s+)+/i;
export const PREPOSITIONS = new Set(['from', 'to', 'for', 'in', 'at', 'against', 'on', 'by', 'with', 'over', 'into', 'under', 'during', 'after',
  'before', 'since', 'behind', 'past', 'than', 'until', 'aged', 'through', 'beyond', 'towards', 'inside', 'within', 'without']);
export const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that']);
export const FOLLOWERS = new Set([...PREPOSITIONS, 'and', 'but', 'as', 'when', 'while', 'last', 'this', 'next', 'despite', 'ahead', 'following',
  'having', 'later', 'earlier', 'twice', 'again', 'too', 'also', 'who', 'which', 'where', 'after', 'before', 'on', 'of', 'so', 'because',
  'if', 'until', 'since', 'earlier', 'then', 'alongside', 'instead', 'already', 'ago', 'in', 'at', 'around', 'only', 'each', 'apiece']);
export const HEADS = /^(?:title|titles|final|finals|trophy|crown|semi-final|quarter-final|campaign|cup|tournament|qualifier|qualifiers|play-off|play-offs|season|squad)$/i;
export const DEAL = /^(?:deal|fee|move|transfer|switch|bid|offer|package|contract)$/i;
export const ADVERBS = /^(?:also|already|now|never|not|finally|just|still|recently|previously|again|reportedly|officially|since|then|eventually|once|ever|originally|initially)$/i;
export const ROLES = /^(?:interim|caretaker|head|winger|midfielder|striker|forward|defender|goalkeeper|keeper|full-back|centre-back|manager|coach|boss|captain|chairman|owner|president|referee|teenager|veteran|star|champions|holders|leaders|hosts|side|club|rivals|substitute|team-mate|teammate|player|international|skipper|attacker|playmaker|centre-forward|wing-back|left-back|right-back|youngster|loanee|frontman|debutant|newcomer|shot-stopper|marksman|hitman|custodian|full-back|centre-half)$/;
export const PRONOUN_SUBJECT = /^(?:he|she|they)$/i;
export const SUBORDINATORS = /^(?:as|before|after|when|while|until|since|because|though|although|once|whereas|where)$/i;
export const RESULT = /^(?:win|victory|defeat|draw|loss|thrashing|triumph|rout|success|hammering|drubbing|beating|home win|away win)$/i;
export const GOAL = /^(?:winner|equaliser|equalizer|goal|strike|header|penalty|opener|effort|leveller|volley|finish|free-kick|spot-kick)$/i;
