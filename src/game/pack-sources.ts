// Every `questions/*.json` (bar the JSON Schema) as a lazy module: adding a pack file adds it to
// the game with no code change.
import type { PackSources } from './packs';

export const bundledPackSources: PackSources = import.meta.glob(['/questions/*.json', '!/questions/*.schema.json'], { import: 'default' });
