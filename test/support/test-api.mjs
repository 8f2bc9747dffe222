import { readFileSync } from 'node:fs';
import { hardeningCases } from '../hardening/test-api-routes.mjs';

/**
 * Test-server middleware: real HTTP answers for the failure modes `fetch-json` must survive.
 * `/test-api/<case>`; every handler ends by itself (the slow one after at most 15 s).
 */
/*
 * Embed pages (test/embed/*.html) are served with real security headers, as a strict host site
 * would send them. `?csp=` picks the policy; the default is the strict one.
 */
const strictPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
];
const embedPolicies = {
  strict: strictPolicy.join('; '),
  // What a page must allow when a second copy of Lit may run (our npm build and the CDN bundle, or another Lit widget).
  'allow-duplicates': [...strictPolicy.slice(0, -1), "trusted-types lit-html 'allow-duplicates'"].join('; '),
  none: undefined,
};

/** The package version, and another one for copies of the build served as if published separately (test/embed/support/frame.ts knows it too). */
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const OTHER_VERSION = '9.9.9-embed-test';

/** The response body as text, whatever the serving middleware left in it (string, Buffer or stream). */
async function bodyText(ctx) {
  const { body } = ctx;
  if (typeof body === 'string') return body;
  if (Buffer.isBuffer(body)) return body.toString('utf8');
  const chunks = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/** Serves `/<prefix>/…` from `<target>/…`, with the version string in every script replaced by OTHER_VERSION. */
async function otherVersion(ctx, next, prefix, target) {
  ctx.url = ctx.url.replace(prefix, target);
  await next();
  if (ctx.status !== 200 || !/\.js$/.test(ctx.path) || !ctx.body) return;
  const quoted = new RegExp(`(['"\`])${version.replaceAll('.', '\\.')}\\1`, 'g');
  ctx.body = (await bodyText(ctx)).replace(quoted, `$1${OTHER_VERSION}$1`);
  ctx.remove('ETag');
}

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
  // test/hardening/: the XSS corpus in JSON, bad answers, navigation files per language.
  ...hardeningCases,
};

export async function testApi(ctx, next) {
  // A second URL for the CDN bundle, as if a page pasted it from two CDNs.
  if (ctx.path.startsWith('/test-cdn-mirror/')) {
    ctx.url = ctx.url.replace('/test-cdn-mirror/', '/dist/cdn/');
    return next();
  }
  // The CDN entry arriving late (after `?ms=`, default 1 s), as on a slow network; the rest of the build is not delayed.
  // The entry's URL has no extension (`/test-cdn-slow/iom-components`): the test runner marks every file with one
  // as cacheable for a year, and a cached entry would not be late.
  if (ctx.path.startsWith('/test-cdn-slow/')) {
    const url = ctx.url;
    if (ctx.path === '/test-cdn-slow/iom-components') {
      await new Promise((resolve) => setTimeout(resolve, Math.min(Number(ctx.query.ms) || 1000, 5000)));
      ctx.url = ctx.url.replace('/iom-components', '/iom-components.js');
    }
    ctx.url = ctx.url.replace('/test-cdn-slow/', '/dist/cdn/');
    await next();
    ctx.url = url;
    return;
  }
  // Another version of the CDN bundle and of the npm build, as if two releases met on one page.
  if (ctx.path.startsWith('/test-cdn-other-version/')) return otherVersion(ctx, next, '/test-cdn-other-version/', '/dist/cdn/');
  if (ctx.path.startsWith('/test-npm-other-version/')) return otherVersion(ctx, next, '/test-npm-other-version/', '/dist/');
  if (/^\/test\/embed\/[\w-]+\.html$/.test(ctx.path)) {
    await next();
    const policy = embedPolicies[ctx.query.csp ?? 'strict'];
    if (policy) ctx.set('Content-Security-Policy', policy);
    return;
  }
  const match = /^\/test-api\/([\w-]+)/.exec(ctx.path);
  const handler = match && cases[match[1]];
  if (!handler) return next();
  await handler(ctx);
}
