// The page's own stylesheet goes into the HTML as a <style>, so the first paint and the first
// screen drawn from script wait for one request (the page) instead of two. The whole sheet, not
// only the rules the static HTML uses: the menu and questions are built by script, so a
// critical-CSS extractor (beasties, critters) would leave them unstyled until the rest arrived.
// A sheet over `maxBytes` stays a file.
import type { Plugin } from 'vite';

const LINK = /<link\b[^>]*\brel=["']?stylesheet["']?[^>]*>/gi;

/** The HTML with each linked sheet that `sheet()` returns text for inlined (the rest left alone). */
export function inlineStylesheets(html: string, sheet: (href: string) => string | undefined): { html: string; inlined: string[] } {
  const inlined: string[] = [];
  const out = html.replace(LINK, (tag) => {
    const href = /\bhref=["']?([^"' >]+)/i.exec(tag)?.[1];
    const css = href === undefined ? undefined : sheet(href);
    if (href === undefined || css === undefined) return tag;
    inlined.push(href);
    // `</style` inside the CSS (in a string or comment) would end the element early.
    return `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`;
  });
  return { html: out, inlined };
}

export function inlineCss({ maxBytes }: { maxBytes: number }): Plugin {
  const inlined = new Set<string>();
  return {
    name: 'inline-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const assetFor = (href: string) => {
          const fileName = href.replace(/^\.?\//, '');
          const asset = bundle[fileName];
          return asset?.type === 'asset' ? { fileName, asset } : undefined;
        };
        const result = inlineStylesheets(html, (href) => {
          const found = assetFor(href);
          const text = found && (typeof found.asset.source === 'string' ? found.asset.source : new TextDecoder().decode(found.asset.source));
          return text !== undefined && text.length <= maxBytes ? text : undefined;
        });
        for (const href of result.inlined) inlined.add(assetFor(href)!.fileName);
        return result.html;
      },
    },
    // After every page is written: a sheet no page links any more is not shipped (nor precached).
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const pages = Object.values(bundle).filter((f) => f.type === 'asset' && f.fileName.endsWith('.html'));
        const stillLinked = (fileName: string) => pages.some((p) => p.type === 'asset' && String(p.source).includes(fileName));
        for (const fileName of inlined) if (!stillLinked(fileName)) delete bundle[fileName];
      },
    },
  };
}
