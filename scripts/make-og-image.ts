// Renders the static link-preview image (assets/og-image.png, 1200×630) that chat apps show for a
// pasted link. Drawn from HTML and CSS in headless Chromium, so it needs no image editor.
// Run: npx tsx scripts/make-og-image.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const HTML = `<!doctype html><html><head><style>
  html, body { margin: 0; width: 1200px; height: 630px; overflow: hidden; font-family: 'DejaVu Sans', Arial, sans-serif; }
  .pitch { position: absolute; inset: 0;
    background: repeating-linear-gradient(90deg, #1f7a3a 0 100px, #238a42 100px 200px); }
  .line { position: absolute; border: 5px solid rgba(255,255,255,.75); }
  .half { left: 597px; top: 0; bottom: 0; width: 0; border-width: 0 0 0 6px; }
  .circle { left: 480px; top: 195px; width: 230px; height: 230px; border-radius: 50%; }
  .box { left: -5px; top: 165px; width: 170px; height: 300px; }
  .box.r { left: auto; right: -5px; }
  .panel { position: absolute; left: 110px; right: 110px; top: 120px; bottom: 120px; border-radius: 28px;
    background: rgba(7, 21, 43, .88); color: #fff; display: flex; flex-direction: column; justify-content: center; padding: 0 250px 0 70px; }
  h1 { font-size: 84px; margin: 0 0 12px; letter-spacing: -1px; }
  p { font-size: 34px; margin: 0; color: #cfe3ff; }
  .ball { position: absolute; right: 80px; top: 50%; margin-top: -75px; width: 150px; height: 150px; border-radius: 50%;
    background: radial-gradient(circle at 35% 35%, #fff 0 55%, #d9d9d9 100%); border: 4px solid #222; }
  .ball::after { content: ''; position: absolute; left: 50px; top: 48px; width: 50px; height: 50px; background: #222;
    clip-path: polygon(50% 0, 100% 38%, 82% 100%, 18% 100%, 0 38%); }
  .tag { margin-top: 28px; font-size: 28px; color: #ffd54a; }
</style></head><body>
  <div class="pitch"></div>
  <div class="line half"></div><div class="line circle"></div><div class="line box"></div><div class="line box r"></div>
  <div class="panel">
    <h1>Football Trivia</h1>
    <p>Questions made from the facts of football articles</p>
    <div class="tag">Can you beat my score?</div>
    <div class="ball"></div>
  </div>
</body></html>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  await page.setContent(HTML);
  const png = await page.screenshot({ type: 'png' });
  const out = join(import.meta.dirname, '..', 'assets', 'public', 'og-image.png');
  writeFileSync(out, png);
  console.log(`wrote ${out} (${png.length} bytes)`);
} finally {
  await browser.close();
}
