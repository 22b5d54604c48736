// What a finder proposes: one fact, still referring to its neighbours by key. The builder turns
// candidates into pack facts (ids, groups, review markers) once every finder has spoken.
import type { Answer } from '../../domain/pack/schema';
import type { Doc } from './nlp';
import type { Sentence } from './sentences';

export type PoolName = 'national-teams' | 'clubs' | 'tournaments' | 'coaches' | 'trophies' | 'social-networks' | 'people';

export type CandidateKind =
  | 'stat' | 'count' | 'debut' | 'tournament-in' | 'tournament-missed' | 'coach' | 'person'
  | 'club' | 'trophy' | 'social' | 'speaker' | 'return' | 'opponent';

export interface Candidate {
  kind: CandidateKind;
  sentence: Sentence;
  /** The id it asks for; the builder adds -2, -3 … on a clash. */
  key: string;
  /** Candidates sharing this keep only the best (highest priority, then earliest). */
  dedupe?: string;
  priority?: number;
  subject: string;
  relation: string;
  answer: Answer;
  ask: string;
  statement?: string;
  event?: string;
  date?: string;
  explanation?: string;
  group?: string;
  pool?: PoolName;
  wrong?: string[];
  exclude?: string[];
  min?: number;
  max?: number;
  /** Keys of the facts bounding a number from below/above ("goals ≤ caps"). */
  minKey?: string;
  maxKey?: string;
  /** Extra words for the review marker: what the author should check. */
  notes: string[];
}

/** One sentence, parsed twice: as written, and with quotations blanked (for dates and actors). */
export interface SentenceView {
  sentence: Sentence;
  text: string;
  doc: Doc;
  /** Outside quotation marks: "today" inside a quote is not a date. */
  narrative: Doc;
  /** Text the narrative doc was parsed from. */
  narrativeText: string;
}

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
