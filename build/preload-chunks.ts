// `<link rel="modulepreload">` in the page's head for chunks the entry imports dynamically that a
// first question needs (and what they import), so their download starts with the page instead of
// waiting for the entry to be fetched and run. Only small ones belong here: Phaser is not
// preloaded (its 130 KB would compete with the page's first paint on a slow link, and a deep
// link's question does not need it).
import type { Plugin } from 'vite';

export function preloadChunks(names: readonly string[]): Plugin {
  return {
    name: 'preload-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const entry = ctx.chunk;
        const bundle = ctx.bundle;
        if (!entry || !bundle) return;
        const files = new Set<string>();
        const visit = (file: string) => {
          if (files.has(file)) return;
          const chunk = bundle[file];
          if (!chunk || chunk.type !== 'chunk') return;
          files.add(file);
          chunk.imports.forEach(visit);
        };
        entry.dynamicImports.filter((file) => names.includes((bundle[file] as { name?: string } | undefined)?.name ?? '')).forEach(visit);
        files.delete(entry.fileName);
        for (const file of entry.imports) files.delete(file);
        return [...files].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
