#!/usr/bin/env node
/**
 * `npm run ssr:demo` (after `npm run build`): renders the demo page with every component in Node
 * with @lit-labs/ssr — declarative shadow DOM, styled without JavaScript — in each locale:
 * demo/ssr.html (French), demo/ssr.en.html, demo/ssr.es.html, demo/ssr.ar.html.
 *
 * @lit/localize is configured once per process, so each locale renders in a process of its own
 * (this script runs itself with `--locale`).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const locales = { fr: 'ssr.html', en: 'ssr.en.html', es: 'ssr.es.html', ar: 'ssr.ar.html' };
const at = process.argv.indexOf('--locale');

if (at < 0) {
  for (const [locale, file] of Object.entries(locales)) {
    const page = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--locale', locale], { encoding: 'utf8' });
    writeFileSync(new URL(`../demo/${file}`, import.meta.url), page);
    console.log(`demo/${file}`);
  }
} else {
  process.stdout.write(await renderPage(process.argv[at + 1]));
}

async function renderPage(locale) {
  // @lit/localize announces a locale change on `window`: Node has none.
  globalThis.window ??= new EventTarget();
  const { render } = await import('@lit-labs/ssr');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  const { html } = await import('lit');
  const { configureIomLocalization } = await import('../dist/localization.js');
  await import('../dist/index.js');
  await configureIomLocalization({ lang: locale });

  const { sections } = JSON.parse(readFileSync(new URL(`../demo/data/nav.${locale}.json`, import.meta.url), 'utf8'));
  const label = (item) => (item.href ? html`<a href=${item.href}>${item.label}</a>` : html`<span>${item.label}</span>`);
  // The same navigation as light DOM: the browser reads it back when it hydrates, and it is there without JavaScript.
  const lightDom = html`<ul>
    ${sections.map(
      (section) =>
        html`<li>
          ${label(section)}${section.description ? html`<p>${section.description}</p>` : ''}
          ${
            section.groups.length
              ? html`<ul>
                  ${section.groups.map(
                    (group) =>
                      html`<li>
                        ${label(group)}
                        <ul>
                          ${group.links.map((link) => html`<li><a href=${link.href}>${link.label}</a></li>`)}
                        </ul>
                      </li>`,
                  )}
                </ul>`
              : ''
          }
        </li>`,
    )}
  </ul>`;
  const others = Object.entries(locales).filter(([other]) => other !== locale);
  const body = html`
    <header class="site-header">
      <div class="container">
        <iom-mega-nav .sections=${sections} current=${sections[0].href}>
          <a slot="logo" class="logo" href="./ssr.html"><span class="logo__mark">OIM</span></a>
          ${lightDom}
        </iom-mega-nav>
      </div>
    </header>
    <main id="contenu" class="container">
      <h1>${sections[0].label}</h1>
      <p class="ssr-note">
        Server-rendered with @lit-labs/ssr (declarative shadow DOM): complete without JavaScript.
        ${others.map(([other, file]) => html`<a href=${`./${file}`} hreflang=${other}>${other}</a> `)}
      </p>
      <iom-member-counter></iom-member-counter>
      <div class="story">
        <iom-news-card
          heading-level="2"
          headline="L’OIM soutient l’exécution des mandats du Sommet des Amériques"
          href="/fr/actualites/loim-soutient-lexecution-des-mandats-du-sommet-des-ameriques"
          date="2018-09-05"
          location="Washington, D.C."
          category="Communiqué de presse"
          image="./data/news-card-sommet.svg"
          image-alt="Illustration : le siège de l’Organisation des États américains, à Washington"
        >
          <p>
            L’OIM, l’organisme des Nations Unies chargé des migrations, s’est jointe à l’Organisation des Etats américains (OEA).
          </p>
        </iom-news-card>
        <iom-press-contact
          name="Liz Lizama"
          office="OIM Washington"
          phone="+1 202 716 8820"
          email="elizama@iom.int"
        ></iom-press-contact>
      </div>
    </main>
  `;
  const rendered = await collectResult(render(body));
  return `<!doctype html>
<html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>@iom/components — server rendering (${locale})</title>
    <link rel="stylesheet" href="./demo.css" />
    <!-- Hydration: the components take over the server-rendered DOM without re-creating it. -->
    <script type="module" src="./ssr-client.js"></script>
  </head>
  <body>
${rendered}
  </body>
</html>
`;
}
