
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'member-counter.sentence': html`${0} ${1}، وموجودة في ${2} ${3}`,
's12d72493d0c2947e': `zero{دولة عضو} one{دولة عضو} two{دولتان عضوان} few{دول أعضاء} many{دولة عضوًا} other{دولة عضو}`,
's647767b83d7ed539': `zero{بلد} one{بلد} two{بلدان} few{بلدان} many{بلدًا} other{بلد}`,
    };
  