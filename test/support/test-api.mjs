/**
 * Test-server middleware: real HTTP answers for the failure modes `fetch-json` must survive.
 * `/test-api/<case>`; every handler ends by itself (the slow one after at most 15 s).
 */
const json = (ctx, body, type = 'application/json') => {
  ctx.status = 200;
  ctx.type = type;
  ctx.body = typeof body === 'string' ? body : JSON.stringify(body);
};

const cases = {
  ok: (ctx) => json(ctx, { memberStates: 180, countries: 172 }),
  'ok-ld': (ctx) => json(ctx, { memberStates: 176, countries: 170 }, 'application/ld+json; charset=utf-8'),
  figures: (ctx) => json(ctx, { memberStates: Number(ctx.query.m), countries: Number(ctx.query.c) }),
  'not-found': (ctx) => {
    ctx.status = 404;
    ctx.type = 'application/json';
    ctx.body = '{"error":"not found"}';
  },
  'server-error': (ctx) => {
    ctx.status = 500;
    ctx.body = 'boom';
  },
  html: (ctx) => json(ctx, '<!doctype html><title>Login</title>', 'text/html'),
  'invalid-json': (ctx) => json(ctx, '{"memberStates": 180,'),
  'wrong-shape': (ctx) => json(ctx, { memberStates: 'many', countries: -1 }),
  // Declared too large: refused from the header.
  'too-large': (ctx) => json(ctx, JSON.stringify({ padding: 'x'.repeat(1_200_000) })),
  // Streamed without a length: refused while reading.
  'too-large-stream': async (ctx) => {
    const { Readable } = await import('node:stream');
    const chunk = 'x'.repeat(64 * 1024);
    let sent = 0;
    ctx.status = 200;
    ctx.type = 'application/json';
    ctx.body = Readable.from(
      (function* () {
        yield '{"padding":"';
        while (sent < 2_000_000) {
          sent += chunk.length;
          yield chunk;
        }
        yield '"}';
      })(),
    );
  },
  slow: async (ctx) => {
    const ms = Math.min(Number(ctx.query.ms) || 1000, 15000);
    await new Promise((resolve) => setTimeout(resolve, ms));
    json(ctx, { memberStates: 190, countries: 180 });
  },
};

export async function testApi(ctx, next) {
  // A second URL for the CDN bundle, as if a page pasted it from two CDNs.
  if (ctx.path.startsWith('/test-cdn-mirror/')) {
    ctx.url = ctx.url.replace('/test-cdn-mirror/', '/dist/cdn/');
    return next();
  }
  const match = /^\/test-api\/([\w-]+)/.exec(ctx.path);
  const handler = match && cases[match[1]];
  if (!handler) return next();
  await handler(ctx);
}
