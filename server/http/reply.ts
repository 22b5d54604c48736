// How every route answers: refusals as { error: { code, message, problems? } } with a code from
// one list (the client maps each to words), and request parsing with valibot.
import type { FastifyReply } from 'fastify';
import * as v from 'valibot';
import { issuesText } from '../schemas';

export { REFUSAL_CODES, type RefusalCode } from '../../src/domain/leaderboard-api';
import type { RefusalCode } from '../../src/domain/leaderboard-api';

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
