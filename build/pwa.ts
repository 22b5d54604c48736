// Offline and installable: a web manifest and a Workbox service worker (vite-plugin-pwa) that
// precaches the game: the page, every JS chunk (each pack's too), the styles, the sounds and the
// icons. After one visit the game, the Daily and local scores work with the network off.
// - prompt, never automatic: a new version waits until the player takes it from the menu
//   (src/a11y/update-prompt.ts), so no round is ever cut short by a reload;
// - `/api/*` (the leaderboard) is never answered from a cache, nor by the page fallback;
// - the pack studio (studio.html and its own chunks) is an author's tool, online only.
import { VitePWA } from 'vite-plugin-pwa';
import type { PluginOption } from 'vite';

export const API_PATH = /\/api\//;

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
      // The link-preview image is for chat apps, not for playing; the studio is online only.
      globIgnores: ['og-image.png', 'studio.html', '**/studio-*'],
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [API_PATH],
      runtimeCaching: [{ urlPattern: ({ url }) => API_PATH.test(url.pathname), handler: 'NetworkOnly' }],
      cleanupOutdatedCaches: true,
    },
  });
}
