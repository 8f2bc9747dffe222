import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '../src/iom-press-contact.js';
import { PressContactHarness } from '../src/press-contact/harness.js';

/** The harness of the first contact of a story, once it has rendered. */
const contactIn = (canvas: HTMLElement) => {
  const contact = canvas.querySelector('iom-press-contact');
  return contact?.shadowRoot ? new PressContactHarness(contact) : undefined;
};

/** The heading and the lines of the first contact of a story, as a sighted person reads them. */
const shown = (canvas: HTMLElement) => contactIn(canvas)?.lines;

/** The phone and email links of the first contact (`null` where the value is shown as plain text). */
const hrefs = (canvas: HTMLElement) => (['phone', 'email'] as const).map((field) => contactIn(canvas)?.href(field) ?? null);

/** A play function: the story shows `lines` (heading first, translations loaded) and links to `links`. */
const reads =
  (lines: string[], links: Array<string | null>): Story['play'] =>
  async ({ canvasElement }) => {
    await waitFor(() => expect(shown(canvasElement)).toEqual(lines));
    expect(hrefs(canvasElement)).toEqual(links);
  };

/** The attributes of `<iom-press-contact>`; descriptions come from custom-elements.json. */
interface ContactArgs {
  name?: string;
  'job-title'?: string;
  office?: string;
  phone?: string;
  email?: string;
  subject?: string;
  heading?: string;
  'heading-level'?: number;
}

const liz = {
  name: 'Liz Lizama',
  'job-title': 'Media and Communications Officer',
  office: 'OIM Washington',
  phone: '+1 202 716 8820',
  email: 'elizama@iom.int',
} satisfies ContactArgs;

const meta = {
  title: 'Components/Press contact',
  component: 'iom-press-contact',
  tags: ['autodocs'],
  argTypes: {
    name: { control: 'text' },
    'job-title': { control: 'text' },
    office: { control: 'text' },
    phone: { control: 'text' },
    email: { control: 'text' },
    subject: { control: 'text' },
    heading: { control: 'text', table: { defaultValue: { summary: 'Press contact (localized)' } } },
    'heading-level': { control: { type: 'number', min: 2, max: 6, step: 1 }, table: { defaultValue: { summary: '3' } } },
  },
  render: (args) =>
    html`<iom-press-contact
      name=${ifDefined(args.name)}
      job-title=${ifDefined(args['job-title'])}
      office=${ifDefined(args.office)}
      phone=${ifDefined(args.phone)}
      email=${ifDefined(args.email)}
      subject=${ifDefined(args.subject || undefined)}
      heading=${ifDefined(args.heading)}
      heading-level=${ifDefined(args['heading-level'])}
    ></iom-press-contact>`,
} satisfies Meta<ContactArgs>;

export default meta;
type Story = StoryObj<ContactArgs>;

const lizLines = (heading: string, copy: string, vcard: string) => [
  heading,
  'Liz Lizama',
  'Media and Communications Officer',
  'OIM Washington',
  `+1 202 716 8820 ${copy}`,
  `elizama@iom.int ${copy}`,
  vcard,
];
const lizLinks = ['tel:+12027168820', 'mailto:elizama@iom.int'];

/**
 * Every field. The phone is shown as written and linked in E.164 form (`tel:+12027168820`); the
 * buttons copy the phone or the email (announced to screen readers) and download a vCard 4.0.
 */
export const FullContact: Story = {
  name: 'Full contact',
  args: liz,
  play: reads(lizLines('Press contact', 'Copy', 'Download vCard'), lizLinks),
};

/** Missing fields are simply left out: an email alone is a contact. */
export const EmailOnly: Story = {
  name: 'Email only',
  args: { email: 'media@iom.int' },
  play: reads(['Press contact', 'media@iom.int Copy', 'Download vCard'], [null, 'mailto:media@iom.int']),
};

/**
 * `ext. 12`, `x12`, `#12`, `poste 12` all become `;ext=12` in the `tel:` link. A number written
 * with `00` instead of `+` is linked with `+`; one without a country prefix keeps its national digits.
 */
export const PhoneWithExtension: Story = {
  name: 'Phone with extension',
  args: { name: 'Liz Lizama', office: 'OIM Washington', phone: '+1 202 716 8820 ext. 12' },
  play: reads(
    ['Press contact', 'Liz Lizama', 'OIM Washington', '+1 202 716 8820 ext. 12 Copy', 'Download vCard'],
    ['tel:+12027168820;ext=12', null],
  ),
};

/** `subject` pre-fills the subject of the email the link starts, URL-encoded. */
export const WithSubject: Story = {
  name: 'With an email subject',
  args: { ...liz, subject: 'Press enquiry: Summit of the Americas' },
  play: reads(lizLines('Press contact', 'Copy', 'Download vCard'), [
    'tel:+12027168820',
    'mailto:elizama@iom.int?subject=Press%20enquiry%3A%20Summit%20of%20the%20Americas',
  ]),
};

/** `heading` replaces the default text (empty for no heading); `heading-level` picks `<h2>`–`<h6>`. */
export const CustomHeading: Story = {
  name: 'Custom heading',
  args: { ...liz, heading: 'Media enquiries', 'heading-level': 2 },
  play: reads(lizLines('Media enquiries', 'Copy', 'Download vCard'), lizLinks),
};

/**
 * A phone that is not a phone number and an invalid email are shown as written, without links,
 * copy buttons or vCard entries; the console gets one warning for each, naming the attribute and value.
 */
export const InvalidInputs: Story = {
  name: 'Invalid inputs',
  args: { name: 'Liz Lizama', phone: 'ask the front desk', email: 'elizama(at)iom.int' },
  play: reads(['Press contact', 'Liz Lizama', 'ask the front desk', 'elizama(at)iom.int', 'Download vCard'], [null, null]),
};

/** Several contacts are several elements; each one's vCard button names its person. */
export const SeveralContacts: Story = {
  name: 'Several contacts',
  render: () => html`
    <iom-press-contact
      name="Liz Lizama"
      office="OIM Washington"
      phone="+1 202 716 8820"
      email="elizama@iom.int"
    ></iom-press-contact>
    <br />
    <iom-press-contact
      name="Media team"
      office="IOM Geneva"
      phone="0041 22 717 9111"
      email="media@iom.int"
      heading=""
    ></iom-press-contact>
  `,
};

/** The accent bar and heading size are themable; deeper changes go through `::part()`. */
export const Themed: Story = {
  args: liz,
  render: (args) => html`
    <style>
      .themed iom-press-contact {
        --iom-press-contact-accent: #5cb8b2;
        --iom-press-contact-heading-size: 16px;
      }
      .themed iom-press-contact::part(heading) {
        text-transform: uppercase;
        letter-spacing: 1px;
      }
    </style>
    <div class="themed">${meta.render(args)}</div>
  `,
};

// One story per locale. They set the page language themselves (`globals`), so they stay off the
// docs page, where every example shares one `<html lang>`: use the toolbar there.

/** `<html lang="fr">`: « Contact presse ». */
export const French: Story = {
  tags: ['!autodocs'],
  args: liz,
  globals: { locale: 'fr' },
  play: reads(lizLines('Contact presse', 'Copier', 'Télécharger la vCard'), lizLinks),
};

/** `<html lang="es">`. */
export const Spanish: Story = {
  tags: ['!autodocs'],
  args: liz,
  globals: { locale: 'es' },
  play: reads(lizLines('Contacto de prensa', 'Copiar', 'Descargar vCard'), lizLinks),
};

/** `<html lang="ar" dir="rtl">`: laid out right to left; the phone and email keep their left-to-right order. */
export const Arabic: Story = {
  name: 'Arabic (RTL)',
  tags: ['!autodocs'],
  args: liz,
  globals: { locale: 'ar' },
  play: reads(lizLines('جهة الاتصال الإعلامي', 'نسخ', 'تنزيل بطاقة vCard'), lizLinks),
};
