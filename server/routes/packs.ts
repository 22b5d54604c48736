// Packs: the server's own (what it re-scores with) and packs shared by short link. A shared pack
// is checked by the same validator as `npm run quiz -- check`, capped at the pack limit, stored
// once under a prefix of its text's SHA-256, and served as immutable JSON.
import { createHash } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import { MAX_PACK_CHARS } from '../../src/domain/pack/limits';
import { validatePackText } from '../../src/domain/pack/validate-text';
import { send } from '../http/reply';
import { ROUTE_SCHEMAS } from '../http/route-schemas';
import type { RouteContext } from './context';

/** Id lengths tried in turn: a longer prefix only if a shorter one is taken by another text. */
const ID_LENGTHS = [12, 16, 22, 43];
const ID_RE = /^[A-Za-z0-9_-]{12,43}$/;
// Every UTF-16 unit is at most 3 bytes of UTF-8: a pack within the character limit fits.
const MAX_PACK_BYTES = MAX_PACK_CHARS * 3;

export const packRoutes = (c: RouteContext): FastifyPluginAsync => (app) => {
  app.get('/api/packs', { config: c.limit('read'), schema: ROUTE_SCHEMAS.packList }, () => ({ packs: c.packs.list() }));

  // The text exactly as posted: its problems carry the author's own lines and columns, and its hash is the id.
  void app.register((scope, _opts, done) => {
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: MAX_PACK_BYTES }, (_req, body, done) => done(null, body));
    scope.post('/api/packs', { config: c.limit('packs'), bodyLimit: MAX_PACK_BYTES, schema: ROUTE_SCHEMAS.sharePack }, async (req, reply) => {
      const text = typeof req.body === 'string' ? req.body : '';
      if (text.length > MAX_PACK_CHARS) return send(reply, { status: 413, code: 'pack-too-large', message: `a pack may hold at most ${MAX_PACK_CHARS} characters` });
      const checked = validatePackText(text);
      if (!checked.ok) {
        const problems = checked.problems.slice(0, 50).map((p) => `${p.line !== undefined ? `${p.line}:${p.column ?? 1} ` : ''}${p.path ? `${p.path}: ` : ''}${p.message}`);
        return send(reply, { status: 400, code: 'pack-invalid', message: `the pack has ${checked.problems.length} problem(s)`, problems });
      }
      const hash = createHash('sha256').update(text).digest('base64url');
      for (const length of ID_LENGTHS) {
        const id = hash.slice(0, length);
        const put = await c.repo.putPack(id, text, c.now());
        if (put === 'taken') continue;
        return reply.code(put === 'created' ? 201 : 200).send({ id, path: `/p/${id}` });
      }
      throw new Error('every id prefix of this pack is taken by another text'); // 43 characters is the whole hash
    });
    done();
  });

  app.get('/api/packs/:id', { config: c.limit('read'), schema: ROUTE_SCHEMAS.getPack }, async (req, reply) => {
    const { id } = req.params as { id: string };
    const body = ID_RE.test(id) ? await c.repo.getPack(id) : null;
    if (body === null) return send(reply, { status: 404, code: 'unknown-shared-pack', message: 'no shared pack with that id' });
    // Content-addressed: the same id always holds the same text.
    return reply.header('cache-control', 'public, max-age=31536000, immutable').type('application/json; charset=utf-8').send(body);
  });

  // The short link: the game opens `?pack=<url>` already.
  app.get('/p/:id', { config: c.limit('read'), schema: ROUTE_SCHEMAS.shortLink }, async (req, reply) => {
    const { id } = req.params as { id: string };
    if (!ID_RE.test(id)) return send(reply, { status: 404, code: 'unknown-shared-pack', message: 'no shared pack with that id' });
    return reply.redirect(`/?pack=${encodeURIComponent(`/api/packs/${id}`)}`, 302);
  });
  return Promise.resolve();
};
