// Difficulty levels, apart from the pack schema so stores and links can name them without
// pulling the whole schema (and its validator) into the page's first chunk.
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];
