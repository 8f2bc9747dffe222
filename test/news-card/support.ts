import type { IomNewsCard } from '../../src/iom-news-card.js';
import { fixture, html, type TemplateResult } from '../support/helpers.js';

/** The news article of the IOM page the demo rebuilds. */
export const HEADLINE = 'L’OIM soutient l’exécution des mandats du Sommet des Amériques';
export const EXCERPT =
  'L’OIM, l’organisme des Nations Unies chargé des migrations, s’est jointe à l’Organisation des Etats américains (OEA) et à neuf institutions internationales du Groupe de travail conjoint du Sommet (Joint Summit Working Group ou JSWG en anglais) en vue de soutenir la mise en œuvre et le suivi des mandats du Sommet des Amériques.';

/** A 16:9 and a square image served by the test server. */
export const WIDE_IMAGE = '/demo/data/news-card-sommet.svg';
export const SQUARE_IMAGE = '/test/news-card/square.svg';

/** The source article as a card, `#sommet` as its link (a click changes `location.hash`). */
export const article = (extra: TemplateResult | string = '') =>
  html`<iom-news-card
    headline=${HEADLINE}
    href="#sommet"
    date="2018-09-05"
    location="Washington, D.C."
    category="Communiqué de presse"
    >${extra}
    <p>${EXCERPT}</p></iom-news-card
  >`;

/** Renders `template` inside a block of `width` px and returns the card. */
export async function cardAt(width: number, template: TemplateResult): Promise<IomNewsCard> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>${template}</div>`);
  wrapper.style.width = `${width}px`;
  const el = wrapper.querySelector('iom-news-card')!;
  await el.updateComplete;
  return el;
}

/** Centre of an element, in the viewport coordinates `sendMouse` takes. */
export function centre(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}

/** Forgets the hash a previous click left, without reloading the page. */
export const clearHash = () => history.replaceState(null, '', location.pathname + location.search);
