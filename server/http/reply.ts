// How every route answers: refusals as { error: { code, message, problems? } } with a code from
// one list (the client maps each to words), and request parsing with valibot.
import type { FastifyReply } from 'fastify';
import * as v from 'valibot';
import { issuesText } from '../schemas';

/** Every refusal code the API can answer; the client's messages are keyed by these. */
export const REFUSAL_CODES = [
  'bad-request', 'body-too-large', 'unsupported-media-type', 'not-found', 'internal-error', 'unhealthy',
  'rate-limited', 'too-many-connections',
  'bad-token', 'unknown-mode', 'run-expired', 'unknown-pack', 'run-refused', 'out-of-order', 'not-revealed', 'already-answered',
  'answer-time-out-of-bounds', 'lifeline-reused', 'history-does-not-fit', 'round-not-finished', 'too-fast',
  'already-submitted', 'daily-already-played', 'unknown-player', 'name-not-allowed', 'not-admin', 'unknown-run',
  'pack-invalid', 'pack-too-large', 'unknown-shared-pack',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export interface Refusal {
  status: number;
  code: RefusalCode;
  message: string;
  problems?: string[];
  /** The run stays refused (see rounds.ts). */
  burns?: boolean;
}

export function send(reply: FastifyReply, r: Refusal): FastifyReply {
  return reply.code(r.status).send({ error: { code: r.code, message: r.message, ...(r.problems ? { problems: r.problems } : {}) } });
}

/** The parsed value, or null after answering 400 with what is wrong. */
export function parse<S extends v.GenericSchema>(schema: S, value: unknown, reply: FastifyReply): v.InferOutput<S> | null {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  void send(reply, { status: 400, code: 'bad-request', message: 'the request does not have the expected shape', problems: issuesText(result.issues) });
  return null;
}
