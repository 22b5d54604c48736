// The one pattern for pack (and fact, pool) ids, in a module of its own so the challenge links and
// the score tables can check ids without loading the pack schema.
export const PACK_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
