import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { MemberCounterHarness } from '../src/member-counter/harness.js';

/** What a screen reader gets from the first counter of a story. */
const spoken = (canvas: HTMLElement) => {
  const counter = canvas.querySelector('iom-member-counter');
  return counter?.shadowRoot ? new MemberCounterHarness(counter).spoken : undefined;
};

/** A play function: the story reads `sentence` to screen readers (its translation loaded). */
const reads =
  (sentence: string): Story['play'] =>
  async ({ canvasElement }) => {
    await waitFor(() => expect(spoken(canvasElement)).toBe(sentence));
  };

/** The attributes of `<iom-member-counter>`; descriptions come from custom-elements.json. */
interface CounterArgs {
  'member-states'?: number;
  countries?: number;
  src?: string;
  duration?: number;
}

const figure = (fallback: number) =>
  ({ control: { type: 'number', min: 0, max: 1000, step: 1 }, table: { defaultValue: { summary: String(fallback) } } }) as const;

const meta = {
  title: 'Components/Member counter',
  component: 'iom-member-counter',
  tags: ['autodocs'],
  argTypes: {
    'member-states': figure(175),
    countries: figure(171),
    src: { control: 'text' },
    duration: { control: { type: 'number', min: 0, step: 100 }, table: { defaultValue: { summary: '1500' } } },
  },
  render: (args) =>
    html`<iom-member-counter
      member-states=${ifDefined(args['member-states'])}
      countries=${ifDefined(args.countries)}
      src=${ifDefined(args.src || undefined)}
      duration=${ifDefined(args.duration)}
    ></iom-member-counter>`,
} satisfies Meta<CounterArgs>;

export default meta;
type Story = StoryObj<CounterArgs>;

/** No attributes: the source page's figures, 175 Member States and 171 countries, counted up once when half visible. */
export const Default: Story = { play: reads('175 Member States, present in 171 countries') };

/** Figures from attributes. 1 and 1 show the singular forms of both labels. */
export const CustomFigures: Story = {
  name: 'Custom figures',
  args: { 'member-states': 1, countries: 1 },
  play: reads('1 Member State, present in 1 country'),
};

/**
 * The same sentence for figures that take different plural forms: Arabic has six (zero, one,
 * two, few for 3–10, many for 11–99, other for 100), French treats 0 and 1 alike. Switch the
 * locale in the toolbar to compare.
 */
export const PluralForms: Story = {
  name: 'Plural forms',
  render: () => html`
    <iom-member-counter member-states="0" countries="0" duration="0"></iom-member-counter>
    <iom-member-counter member-states="1" countries="1" duration="0"></iom-member-counter>
    <iom-member-counter member-states="2" countries="2" duration="0"></iom-member-counter>
    <iom-member-counter member-states="3" countries="3" duration="0"></iom-member-counter>
    <iom-member-counter member-states="11" countries="11" duration="0"></iom-member-counter>
    <iom-member-counter member-states="100" countries="100" duration="0"></iom-member-counter>
  `,
};

/**
 * Figures loaded from JSON, `{ "memberStates": 175, "countries": 171 }`, served by Storybook
 * from `stories/data/member-counter.json`. Once loaded they win over the attributes; while
 * loading, or if the request fails, the attributes' figures (or the defaults) stay.
 */
export const FromSrc: Story = {
  name: 'From src',
  args: { src: 'data/member-counter.json' },
};

/**
 * `duration="0"` skips the animation: the final figures appear as soon as the counter is half
 * visible. Visitors whose system asks for reduced motion (`prefers-reduced-motion: reduce`) need
 * no attribute: they get the final figures from the first paint, never an animation.
 */
export const ReducedMotion: Story = {
  name: 'Reduced motion',
  args: { duration: 0 },
};

// One story per locale. They set the page language themselves (`globals`), so they stay off the
// docs page, where every example shares one `<html lang>`: use the toolbar there.

/** `<html lang="fr">`: « 175 États membres, présente dans 171 pays ». */
export const French: Story = {
  tags: ['!autodocs'],
  globals: { locale: 'fr' },
  play: reads('175 États membres, présente dans 171 pays'),
};

/** `<html lang="es">`. */
export const Spanish: Story = {
  tags: ['!autodocs'],
  globals: { locale: 'es' },
  play: reads('175 Estados miembros, presente en 171 países'),
};

/** `<html lang="ar" dir="rtl">`: Arabic labels and number format, laid out right to left. */
export const Arabic: Story = {
  name: 'Arabic (RTL)',
  tags: ['!autodocs'],
  globals: { locale: 'ar' },
  play: reads('175 دولة عضوًا، وموجودة في 171 بلدًا'),
};

/** Arabic's six plural forms side by side, right to left. */
export const ArabicPluralForms: Story = {
  ...PluralForms,
  name: 'Arabic plural forms',
  tags: ['!autodocs'],
  globals: { locale: 'ar' },
};
