// The Fastify route schemas, generated from the one API contract (src/domain/leaderboard-api.ts,
// valibot → JSON Schema, as docs/leaderboard-api.schema.json is): Fastify validates each request
// body, query and path with them before a handler runs (a malformed one gets the contract's
// `bad-request` refusal with its problems) and writes each answer with them. The handlers still
// parse with valibot, which also transforms (the board query's numbers) and strips unknown keys.
import { toJsonSchema } from '@valibot/to-json-schema';
import type { FastifySchema } from 'fastify';
import type * as v from 'valibot';
import * as api from '../../src/domain/leaderboard-api';
import { BoardQuery } from '../schemas';

function json(schema: v.GenericSchema): Record<string, unknown> {
  // errorMode 'ignore': checks JSON Schema cannot say (a transform, `finite`) stay valibot's alone.
  const { $schema: _dialect, ...rest } = toJsonSchema(schema, { errorMode: 'ignore', target: 'draft-07' }) as Record<string, unknown>;
  return rest;
}

const refusal = json(api.ErrorBody);
const refusals = { '4xx': refusal, '5xx': refusal };
const runPath = { type: 'object', properties: { run: { type: 'string', maxLength: 64 }, i: { type: 'string', pattern: '^\\d{1,4}$' } }, required: ['run', 'i'] };
const packPath = { type: 'object', properties: { id: { type: 'string', maxLength: 64 } }, required: ['id'] };

export const ROUTE_SCHEMAS = {
  health: { response: { 200: json(api.Health), ...refusals } },
  players: { response: { 201: json(api.Player), ...refusals } },
  issue: { body: json(api.IssueBody), response: { 201: json(api.IssuedRun), ...refusals } },
  checkpoint: { params: runPath, body: json(api.CheckpointBody), response: { 200: json(api.Checkpoint), ...refusals } },
  submit: { body: json(api.SubmitBody), response: { 201: json(api.Accepted), ...refusals } },
  board: { querystring: json(BoardQuery), response: { 200: json(api.Board), ...refusals } },
  deleteMine: { body: json(api.DeleteBody), response: { 200: json(api.Removed), ...refusals } },
  hide: { body: json(api.HideBody), response: { 200: json(api.Hidden), ...refusals } },
  packList: { response: { 200: json(api.PackList), ...refusals } },
  // The body is a pack's own text (checked by the pack validator); the answer is the contract's.
  sharePack: { response: { 200: json(api.SharedPack), 201: json(api.SharedPack), ...refusals } },
  // The stored text goes out exactly as it was posted: no answer schema for 200.
  getPack: { params: packPath, response: refusals },
  shortLink: { params: packPath, response: refusals },
} satisfies Record<string, FastifySchema>;
