// TEMPORARY: the name rules are pure and now live in the domain (so share/ can use them without
// importing state/); this re-export keeps today's importers compiling until they point there.
export * from '../domain/player-name';
