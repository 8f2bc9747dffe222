/**
 * The four tags in a React 19 app: `sections` set as a property, `iom-nav-toggle` and `iom-copy`
 * listened to with `oniom-…` props, everything type-checked against the package's JSX types.
 */
import { useState } from 'react';
import type { IomCopyDetail, NavSection, NavToggleDetail } from '@iom/components';
import type {} from '@iom/components/react-jsx.js'; // React 19 JSX types for the four tags
import { sections as defaultSections } from './data.js';

const photo = new URL('../data/news-card-sommet.svg', import.meta.url).href;

export function App({ sections = defaultSections }: { sections?: NavSection[] }) {
  const [openSection, setOpenSection] = useState<string | undefined>();
  const [toggles, setToggles] = useState(0);
  const [copied, setCopied] = useState<IomCopyDetail | undefined>();

  const onNavToggle = (event: CustomEvent<NavToggleDetail>) => {
    const { label, open } = event.detail;
    setToggles((count) => count + 1);
    // A switch from one section to another closes the first, then opens the second.
    setOpenSection((current) => (open ? label : current === label ? undefined : current));
  };

  return (
    <>
      <header className="site-header">
        <iom-mega-nav sections={sections} label="Main" current="/en/who-we-are/member-states" oniom-nav-toggle={onNavToggle}>
          <a slot="logo" className="logo" href="/en">
            IOM · UN Migration
          </a>
        </iom-mega-nav>
      </header>

      <main id="main">
        <h1>@iom/components in React 19</h1>
        <p>
          The four tags used directly in JSX: <code>sections</code> is set as a property, <code>oniom-nav-toggle</code> and{' '}
          <code>oniom-copy</code> listen to the components&rsquo; events.
        </p>
        <p className="status" role="status" data-testid="nav-status">
          {openSection ? `Open section: ${openSection}` : 'No section open'} ({toggles} iom-nav-toggle events)
        </p>

        <iom-member-counter memberStates={175} countries={171} duration={1000}></iom-member-counter>

        <div className="story">
          <iom-news-card
            headline="IOM supports the implementation of the Summit of the Americas mandates"
            href="/en/news/iom-supports-implementation-summit-americas-mandates"
            date="2018-09-05"
            location="Washington, D.C."
            category="Press release"
            image={photo}
            imageAlt="Illustration: the headquarters of the Organization of American States, in Washington"
            headingLevel={2}
          >
            <p>IOM reaffirms its commitment to the mandates adopted at the Summit of the Americas.</p>
          </iom-news-card>

          <div>
            <iom-press-contact
              name="Liz Lizama"
              jobTitle="Media and Communications Officer"
              office="IOM Washington"
              phone="+1 202 716 8820"
              email="elizama@iom.int"
              subject="Summit of the Americas"
              heading-level="3"
              oniom-copy={(event) => setCopied(event.detail)}
            ></iom-press-contact>
            <p className="status" data-testid="copy-status">
              {copied
                ? `Copied the ${copied.field}${copied.ok ? '' : ' (selected: the clipboard was unavailable)'}`
                : 'Nothing copied yet'}
            </p>
          </div>
        </div>
      </main>
    </>
  );
}
