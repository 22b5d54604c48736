// The studio page's entry (studio.html): its own Vite entry, so the drafter and the editor never
// weigh on the game's first load.
import './studio.css';
import { indexedDbStore } from './saved-drafts';
import { mountStudio } from './studio';

mountStudio({ root: document.getElementById('studio')!, store: indexedDbStore(), gameUrl: './index.html' });
