
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'member-counter.sentence': html`${0} ${1}, présente dans ${2} ${3}`,
's12d72493d0c2947e': `one{État membre} many{États membres} other{États membres}`,
's647767b83d7ed539': `one{pays} many{pays} other{pays}`,
    };
  