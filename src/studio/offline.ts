// The studio registers the site's service worker itself (build/pwa.ts), so an author who comes
// straight to the studio can reload it offline too, not only one who played the game first. The
// same worker serves both pages; a new version waits, as in the game, and the studio says so
// instead of reloading under an author's typing.
export async function registerStudioOffline(onUpdate: () => void): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  try {
    const { registerSW } = await import('virtual:pwa-register');
    registerSW({ immediate: true, onNeedRefresh: onUpdate, onRegisterError: () => {} });
  } catch {
    // Its chunk did not arrive (offline on a first visit): the next visit registers.
  }
}
