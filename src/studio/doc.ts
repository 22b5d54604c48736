// The studio's document: the article as pasted, its metadata, and the pack being made from it.
// It is what undo steps through and what autosave keeps. The pack may be invalid while an author
// types (that is what the inline problems are for), so it is only ever checked, never trusted.
import type { Pack } from '../domain/pack/schema';
import { MODES } from '../domain/modes';

export interface Article {
  text: string;
  title: string;
  publisher: string;
  /** YYYY-MM-DD, or '' when not known yet. */
  published: string;
  url: string;
  author: string;
}

export interface StudioDoc {
  article: Article;
  pack: Pack | null;
  mode: PlayMode;
}

export const PLAY_MODES = MODES.filter((m) => m !== 'daily');
export type PlayMode = Exclude<(typeof MODES)[number], 'daily'>;

export const emptyArticle = (): Article => ({ text: '', title: '', publisher: '', published: '', url: '', author: '' });
export const emptyDoc = (): StudioDoc => ({ article: emptyArticle(), pack: null, mode: 'classic' });

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A saved document's shape, checked field by field: anything else is a corrupt record. */
export function isStudioDoc(v: unknown): v is StudioDoc {
  if (!isObject(v) || !isObject(v.article)) return false;
  const a = v.article;
  const texts = ['text', 'title', 'publisher', 'published', 'url', 'author'] as const;
  if (!texts.every((k) => typeof a[k] === 'string')) return false;
  if (!(PLAY_MODES as readonly unknown[]).includes(v.mode)) return false;
  return v.pack === null || (isObject(v.pack) && Array.isArray(v.pack.facts));
}
