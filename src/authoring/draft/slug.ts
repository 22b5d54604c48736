/** Pack ids are at most this long (the checker allows 80); a headline's slug is cut at a word. */
export const MAX_SLUG = 60;

/** "Karim Benzema’s France career" → "karim-benzema-s-france-career": ids and file names. */
export function slug(text: string, max = MAX_SLUG): string {
  const full = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (full.length <= max) return full;
  const cut = full.slice(0, max + 1);
  const atWord = cut.lastIndexOf('-');
  return (atWord > max / 2 ? cut.slice(0, atWord) : full.slice(0, max)).replace(/-+$/, '');
}
