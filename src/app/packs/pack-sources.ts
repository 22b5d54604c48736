// Every `questions/*.json` as a lazy module (the JSON Schema lives in questions/schema/): adding a pack file adds it to
// the game with no code change.
import type { PackSources } from './packs';

export const bundledPackSources: PackSources = import.meta.glob('/questions/*.json', { import: 'default' });
