// Wh-questions about a clause's event, and the clause as a standalone statement: see ask.ts.
export { askAbout } from './ask';
export { MAX_ASK, type SpanKind, type WhInput, type WhOutput } from './types';
