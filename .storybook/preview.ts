/// <reference types="vite/client" />
import { html } from 'lit';
import { addons } from 'storybook/preview-api';
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import '../src/index.js'; // defines every tag (listed in package.json "sideEffects")
import { configureIomLocalization } from '../src/localization.js';

/** The locales of the toolbar; the components follow `<html lang>` by themselves. */
const locales = [
  { value: 'en', title: 'English', right: 'en' },
  { value: 'fr', title: 'Français', right: 'fr' },
  { value: 'es', title: 'Español', right: 'es' },
  { value: 'ar', title: 'العربية (RTL)', right: 'ar' },
] as const;

const rtl = new Set(['ar']);

interface ManifestMember {
  kind?: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
}

interface Manifest {
  modules?: { declarations?: { tagName?: string; members?: ManifestMember[] }[] }[];
}

/**
 * One control per attribute: private, protected and static members are no controls, and a
 * property that reflects an attribute is covered by the attribute's control.
 */
function forStorybook(manifest: Manifest): Manifest {
  const isControl = (member: ManifestMember) =>
    member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public' && !member.attribute;
  return {
    ...manifest,
    modules: manifest.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) =>
        declaration.tagName ? { ...declaration, members: declaration.members?.filter(isControl) } : declaration,
      ),
    })),
  };
}

// `npm run build` writes custom-elements.json (gitignored). A glob instead of a plain import keeps
// `tsc` and Storybook working on a fresh clone before the first build (no controls until then).
const manifests = import.meta.glob<Manifest>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(forStorybook(manifest));

// Once per page: `@lit/localize` may be configured only once per module instance.
void configureIomLocalization();

/**
 * Sets `<html lang>` from the toolbar (or a story's `globals.locale`); the components follow it.
 * On a story, `<html dir>` too. On a docs page the direction goes on a wrapper instead, so the
 * docs page itself is not mirrored.
 */
const withLocale: Decorator = (story, context) => {
  const locale = String(context.globals['locale'] ?? 'en');
  const dir = rtl.has(locale) ? 'rtl' : 'ltr';
  const root = document.documentElement;
  if (root.lang !== locale) root.lang = locale;
  if (context.viewMode === 'docs') {
    root.dir = 'ltr';
    return html`<div dir=${dir} lang=${locale}>${story()}</div>`;
  }
  root.dir = dir;
  return story();
};

/**
 * CSS custom properties and parts are documented in the args table, but a control would do
 * nothing for them (they are styled from the page's CSS, not set as attributes).
 */
const documentStyling: NonNullable<Preview['argTypesEnhancers']>[number] = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => [
      name,
      /^css /.test(String(argType.table?.category)) ? { ...argType, control: false as const } : argType,
    ]),
  );

// A docs page without stories (Introduction.mdx) runs no decorator: after an Arabic story it would
// stay in Arabic, mirrored. Docs prose is English and left to right; on a component's docs page the
// decorator then sets the toolbar's language, and wraps the examples in its direction.
addons.getChannel().on('docsPrepared', () => {
  document.documentElement.lang = 'en';
  document.documentElement.dir = 'ltr';
});

const preview: Preview = {
  decorators: [withLocale],
  argTypesEnhancers: [documentStyling],
  globalTypes: {
    locale: {
      description: 'Page language: sets <html lang> (and dir="rtl" for Arabic)',
      toolbar: { title: 'Locale', icon: 'globe', items: [...locales], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en' },
  parameters: {
    options: {
      storySort: {
        order: ['Introduction', 'Docs', ['Embed on your site', 'Theming', 'Localization', 'Accessibility'], 'Components'],
      },
    },
    controls: { expanded: true },
    // Accessibility violations fail stories (Vitest addon / test runner), not only the panel.
    a11y: { test: 'error' },
  },
};

export default preview;
