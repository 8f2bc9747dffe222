/**
 * Test-server routes for test/hardening/, spread into the `/test-api/<case>` table of
 * test/support/test-api.mjs. Every handler ends by itself (the hanging ones after at most 15 s).
 */
import { Readable } from 'node:stream';

const send = (ctx, body, type = 'application/json') => {
  ctx.status = 200;
  ctx.type = type;
  ctx.body = typeof body === 'string' ? body : JSON.stringify(body);
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.min(Math.max(Number(ms) || 0, 0), 15000)));

/** A valid navigation; `tag` marks its labels so a test can tell which file it shows. */
const navigation = (tag) => ({
  sections: [
    {
      label: `Section ${tag}`,
      groups: [{ label: `Group ${tag}`, links: [{ label: `Link ${tag}`, href: `/${tag}/link` }] }],
    },
    { label: `Plain ${tag}`, href: `/${tag}/plain` },
  ],
});

/** The navigation of the XSS corpus: `p` in every text field of one section, in every href of another. */
const hostileNavigation = (p) => ({
  sections: [
    {
      id: p,
      label: p,
      description: p,
      groups: [{ label: p, href: '/group', links: [{ label: p, href: '/link' }] }],
    },
    {
      label: 'Hrefs',
      href: p,
      groups: [
        {
          label: 'Group',
          href: p,
          links: [
            { label: 'Link', href: p },
            { label: 'Safe', href: '/safe' },
          ],
        },
      ],
    },
  ],
});

/** Keys that pollute prototypes when a JSON answer is merged naively into an object. */
const POLLUTERS = '"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}';

/** A body of `size` bytes that would be valid for both the navigation and the counter, were it not too large. */
const largeJson = (size) => {
  const head = JSON.stringify({ ...navigation('huge'), memberStates: 999, countries: 999 }).slice(0, -1) + ',"padding":"';
  return head + 'x'.repeat(size - head.length - 2) + '"}';
};

export const hardeningCases = {
  // XSS corpus (`?p=` is the payload). The XSS test moves the page under `hardening-sink/`, so that
  // payloads used as relative URLs land here (and get nothing) rather than on the static server.
  'hardening-sink': (ctx) => {
    ctx.status = 204;
  },
  'hardening-xss-nav': (ctx) => send(ctx, `${JSON.stringify(hostileNavigation(ctx.query.p)).slice(0, -1)}, ${POLLUTERS}}`),
  'hardening-xss-counter': (ctx) => send(ctx, { memberStates: ctx.query.p, countries: ctx.query.p, note: ctx.query.p }),

  // A valid navigation after `?ms=`, labelled with `?tag=` (default: the `?lang=`).
  'hardening-nav': async (ctx) => {
    await sleep(ctx.query.ms);
    send(ctx, navigation(ctx.query.tag ?? ctx.query.lang ?? 'x'));
  },
  // Valid counter figures after `?ms=`.
  'hardening-figures': async (ctx) => {
    await sleep(ctx.query.ms);
    send(ctx, { memberStates: Number(ctx.query.m), countries: Number(ctx.query.c) });
  },

  // `?json=` answered as it is, as an `application/json` body.
  'hardening-echo': (ctx) => send(ctx, String(ctx.query.json)),

  // Bad answers.
  'hardening-status': (ctx) => {
    ctx.status = Number(ctx.query.status) || 500;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ ...navigation('error'), memberStates: 999, countries: 999 });
  },
  // Valid JSON, but labelled as an HTML page (a login or error page of a CMS).
  'hardening-html': (ctx) => send(ctx, JSON.stringify({ ...navigation('html'), memberStates: 999, countries: 999 }), 'text/html'),
  'hardening-invalid-json': (ctx) => send(ctx, '{"sections": [{"label": "Cut', 'application/json'),
  // Headers arrive only after `?ms=`.
  'hardening-hang': async (ctx) => {
    await sleep(ctx.query.ms);
    send(ctx, { ...navigation('late'), memberStates: 999, countries: 999 });
  },
  // Headers at once, then a body that stops half-way for `?ms=`.
  'hardening-hang-body': (ctx) => {
    const ms = ctx.query.ms;
    ctx.status = 200;
    ctx.type = 'application/json';
    ctx.body = Readable.from(
      (async function* () {
        yield '{"sections": ';
        await sleep(ms);
        yield JSON.stringify(navigation('late').sections) + ', "memberStates": 999, "countries": 999}';
      })(),
    );
  },
  // 5 MB: with its length declared, or streamed without one.
  'hardening-huge': (ctx) => {
    const body = largeJson(5_000_000);
    if (ctx.query.stream === undefined) return send(ctx, body);
    ctx.status = 200;
    ctx.type = 'application/json';
    ctx.body = Readable.from(
      (function* () {
        for (let i = 0; i < body.length; i += 65536) yield body.slice(i, i + 65536);
      })(),
    );
  },
  // JSON of the wrong shape: `?shape=` picks which.
  'hardening-shape': (ctx) => {
    const shapes = {
      'no-sections': { items: navigation('items').sections },
      'empty-sections': { sections: [] },
      'invalid-sections': { sections: [{ title: 'No label' }, 42, { label: 'No links', groups: [] }] },
      'sections-string': { sections: 'Who we are' },
      'array-of-numbers': [1, 2, 3],
      null: null,
      string: 'sections',
      'figures-strings': { memberStates: '180', countries: '172' },
      'figures-missing': { memberStates: 180 },
      'figures-out-of-range': { memberStates: 5000, countries: -1 },
      'figures-fraction': { memberStates: 175.5, countries: 171 },
    };
    send(ctx, JSON.stringify(shapes[ctx.query.shape] ?? null));
  },
};
