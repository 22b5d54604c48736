// The studio page's entry (studio.html): its own Vite entry, so the drafter and the editor never
// weigh on the game's first load.
import './studio.css';
import { el } from './dom';
import { registerStudioOffline } from './offline';
import { indexedDbStore } from './saved-drafts';
import { mountStudio } from './studio';

const root = document.getElementById('studio')!;
mountStudio({ root, store: indexedDbStore(), gameUrl: './index.html' });
// After the studio is up, so registering never competes with its first paint.
registerStudioOffline(() => {
  root.prepend(el('p', { class: 'update-note', role: 'status', 'data-testid': 'update-note' }, 'A new version of the studio is ready: it opens the next time you come here (your work is saved).'));
});
