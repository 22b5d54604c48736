// The page's stylesheet is inlined into the built HTML (build/inline-css.ts): one request fewer
// before the first paint and the first screen.
import { describe, expect, it } from 'vitest';
import { inlineStylesheets } from '../../build/inline-css';

const sheets: Record<string, string> = { './assets/index-1.css': 'body{color:red}', './assets/odd.css': 'a::after{content:"</style>"}' };

describe('inlineStylesheets', () => {
  it('puts each known sheet in a <style> where its link was and reports what it inlined', () => {
    const html = '<head><link rel="icon" href="data:,"><link rel="stylesheet" crossorigin href="./assets/index-1.css"><link rel="manifest" href="m.json"></head>';
    const { html: out, inlined } = inlineStylesheets(html, (href) => sheets[href]);
    expect(out).toBe('<head><link rel="icon" href="data:,"><style>body{color:red}</style><link rel="manifest" href="m.json"></head>');
    expect(inlined).toEqual(['./assets/index-1.css']);
  });

  it('leaves a sheet it has no text for (too large, or not in the build) as a link', () => {
    const html = '<link rel="stylesheet" href="https://example.com/fonts.css">';
    expect(inlineStylesheets(html, (href) => sheets[href])).toEqual({ html, inlined: [] });
  });

  it('cannot be ended early by a </style> inside the CSS', () => {
    const { html } = inlineStylesheets('<link rel=stylesheet href=./assets/odd.css>', (href) => sheets[href]);
    expect(html).toBe('<style>a::after{content:"<\\/style>"}</style>');
    expect(html.match(/<\/style>/gi)).toHaveLength(1);
  });
});
