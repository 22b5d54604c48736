// GIFT text handling shared by the reader: escapes hidden while the structure is parsed, then
// restored; a leading [html]/[plain]/… marker dropped; white space folded.
import { decode } from 'html-entities';

const ESCAPES: Record<string, string> = { '\\': '\uE000', ':': '\uE001', '#': '\uE002', '=': '\uE003', '{': '\uE004', '}': '\uE005', '~': '\uE006', n: '\uE007' };
const RESTORE: Record<string, string> = { '\uE000': '\\', '\uE001': ':', '\uE002': '#', '\uE003': '=', '\uE004': '{', '\uE005': '}', '\uE006': '~', '\uE007': '\n' };

export function hideEscapes(text: string): string {
  return text.replace(/\\([\\:#={}~n])/g, (_, c: string) => ESCAPES[c]!);
}

export function restore(text: string): string {
  return text.replace(/[\uE000-\uE007]/g, (c) => RESTORE[c]!);
}

/** Restored, formatting marker removed, white space folded (an escaped \n stays a line break). */
export function clean(text: string, html = false): string {
  let out = text.trim();
  const marker = /^\[(html|moodle|plain|markdown)\]/.exec(out);
  if (marker) out = out.slice(marker[0].length);
  out = out.replace(/\s+/g, ' ');
  out = restore(out);
  if (html || marker?.[1] === 'html') out = decode(out.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]+>/g, ''));
  return out.split('\n').map((l) => l.trim()).join('\n').trim();
}

