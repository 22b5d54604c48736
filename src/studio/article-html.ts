// A saved news page (.html) → its article text and what the page says about itself. Parsed with
// DOMParser (scripts never run, nothing is fetched), read with textContent only; the page's
// furniture (menus, asides, footers, scripts, ads) is dropped and the article's own blocks kept
// one per paragraph, the way the drafter reads pasted text.
export interface PageArticle {
  text: string;
  title?: string;
  publisher?: string;
  /** YYYY-MM-DD */
  published?: string;
  url?: string;
}

const FURNITURE = 'script, style, noscript, template, nav, aside, footer, header nav, form, iframe, svg, button, figure, [aria-hidden="true"], [hidden], .ad, .advert, .related, .share, .newsletter';
const BLOCKS = 'h1, h2, h3, h4, p, li, blockquote, pre';

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text) || /<(?:p|article|div)[\s>][\s\S]*<\/(?:p|article|div)>/i.test(text.slice(0, 20_000));
}

export function articleFromHtml(html: string, parser: DOMParser = new DOMParser()): PageArticle {
  const doc = parser.parseFromString(html, 'text/html');
  const meta = (sel: string) => clean(doc.querySelector<HTMLMetaElement>(sel)?.content) || undefined;
  const title = meta('meta[property="og:title"]') ?? (clean(doc.querySelector('h1')?.textContent) || clean(doc.title) || undefined);
  const publisher = meta('meta[property="og:site_name"]') ?? meta('meta[name="publisher"]');
  const when = meta('meta[property="article:published_time"]') ?? doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  const published = when && /^\d{4}-\d{2}-\d{2}/.test(when) ? when.slice(0, 10) : undefined;
  const url = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.getAttribute('href') ?? meta('meta[property="og:url"]');
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.querySelector('[role="main"]') ?? doc.body;
  for (const junk of Array.from(root?.querySelectorAll(FURNITURE) ?? [])) junk.remove();
  // Nested blocks (a <p> inside an <li>) would be read twice: only the outermost block counts.
  const blocks = Array.from(root?.querySelectorAll(BLOCKS) ?? []).filter((b) => !b.parentElement?.closest(BLOCKS));
  const paragraphs = blocks.map((b) => clean(b.textContent)).filter((t) => t.length > 0);
  const text = paragraphs.length > 0 ? paragraphs.join('\n\n') : clean(root?.textContent);
  return { text, ...(title ? { title } : {}), ...(publisher ? { publisher } : {}), ...(published ? { published } : {}), ...(url && /^https?:\/\//.test(url) ? { url } : {}) };
}
