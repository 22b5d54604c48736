// Lighthouse 12 (npm `lighthouse`, pinned 12.2.3: 13 wants Node 22) on Debian's Chromium, through
// chrome-launcher: its default mobile run (Moto G power emulation, simulated slow 4G and 4× CPU
// throttling), performance and accessibility only.
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  tbtMs: number;
  lcpMs: number;
  fcpMs: number;
}

export async function runLighthouse(url: string, chromePath: string): Promise<LighthouseFigures> {
  const chrome = await launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
    if (!result) throw new Error('Lighthouse returned no result');
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const ms = (id: string) => Math.round(audits[id]?.numericValue ?? Number.NaN);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      tbtMs: ms('total-blocking-time'),
      lcpMs: ms('largest-contentful-paint'),
      fcpMs: ms('first-contentful-paint'),
    };
  } finally {
    chrome.kill();
  }
}
