// Renders the app icons the web manifest lists (assets/public/icon-192.png, icon-512.png and a
// maskable 512 with the ball inside the safe zone), plus apple-touch-icon.png, drawn from HTML
// and CSS in headless Chromium like the link-preview image. Run: npx tsx scripts/make-icons.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** A ball on the night-blue of the stadium; `inset` is the share of the side left around it. */
const html = (size: number, inset: number) => `<!doctype html><html><head><style>
  html, body { margin: 0; width: ${size}px; height: ${size}px; overflow: hidden; background: #07152b; }
  .pitch { position: absolute; inset: 0; background: repeating-linear-gradient(90deg, #1f7a3a 0 ${size / 8}px, #238a42 ${size / 8}px ${size / 4}px); opacity: .55; }
  .ball { position: absolute; left: ${size * inset}px; top: ${size * inset}px; width: ${size * (1 - 2 * inset)}px; height: ${size * (1 - 2 * inset)}px;
    box-sizing: border-box; border-radius: 50%; border: ${Math.max(2, size / 40)}px solid #111;
    background: radial-gradient(circle at 35% 35%, #fff 0 55%, #d9d9d9 100%); }
  .ball::after { content: ''; position: absolute; left: 32%; top: 30%; width: 36%; height: 36%; background: #111;
    clip-path: polygon(50% 0, 100% 38%, 82% 100%, 18% 100%, 0 38%); }
</style></head><body><div class="pitch"></div><div class="ball"></div></body></html>`;

const ICONS = [
  { file: 'icon-192.png', size: 192, inset: 0.1 },
  { file: 'icon-512.png', size: 512, inset: 0.1 },
  // Maskable: launchers crop to a circle or squircle; the safe zone is the middle 80 %.
  { file: 'icon-maskable-512.png', size: 512, inset: 0.2 },
  { file: 'apple-touch-icon.png', size: 180, inset: 0.12 },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  for (const { file, size, inset } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(html(size, inset));
    const png = await page.screenshot({ type: 'png' });
    writeFileSync(join(import.meta.dirname, '..', 'assets', 'public', file), png);
    console.log(`assets/public/${file}  ${size}×${size}, ${png.length} bytes`);
    await page.close();
  }
} finally {
  await browser.close();
}
