// Offline and installable: a web manifest and a Workbox service worker (vite-plugin-pwa) that
// precaches the game: the page, every JS chunk (each pack's too), the styles, the sounds and the
// icons. After one visit the game, the Daily and local scores work with the network off.
// - prompt, never automatic: a new version waits until the player takes it from the menu
//   (src/a11y/update-prompt.ts), so no round is ever cut short by a reload;
// - `/api/*` (the leaderboard) is never answered from a cache, nor by the page fallback;
// - the page fallback answers the game's own addresses only (`/`, `/index.html`, with any query):
//   it once answered every page, so the studio turned into the game's menu after one visit;
// - the pack studio is precached too (studio.html, its chunks, the drafter's worker): its address
//   is answered by its own precached page, online and offline, and an author's saved drafts
//   (IndexedDB) stay within reach on a train.
import { VitePWA } from 'vite-plugin-pwa';
import type { PluginOption } from 'vite';

export const API_PATH = /\/api\//;
/** The game's own pages, as Workbox matches a navigation (pathname + search): a folder's index or
 *  index.html, with any query (`?autostart=`, `?pack=`, `?c=`). Nothing else gets the game. */
export const GAME_PAGE = /^[^?]*\/(?:index\.html)?(?:\?.*)?$/;

export function pwa(): PluginOption {
  return VitePWA({
    registerType: 'prompt',
    // Registered by the game itself after the first question (src/app/offline.ts), not by a
    // script in the page's head.
    injectRegister: false,
    includeAssets: ['apple-touch-icon.png'],
    manifest: {
      name: 'Football Trivia',
      short_name: 'Trivia',
      description: 'A football quiz built from the facts of football articles.',
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'standalone',
      orientation: 'any',
      background_color: '#07152b',
      theme_color: '#07152b',
      icons: [
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,opus,mp3,png,webmanifest}'],
      // The link-preview image is for chat apps, not for playing.
      globIgnores: ['og-image.png'],
      navigateFallback: 'index.html',
      navigateFallbackAllowlist: [GAME_PAGE],
      navigateFallbackDenylist: [API_PATH],
      runtimeCaching: [{ urlPattern: ({ url }) => API_PATH.test(url.pathname), handler: 'NetworkOnly' }],
      cleanupOutdatedCaches: true,
    },
  });
}
