
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'member-counter.sentence': html`${0} ${1}, présente dans ${2} ${3}`,
's0370d1f6f80edb68': str`Sous-menu ${0}`,
's12d72493d0c2947e': `one{État membre} many{États membres} other{États membres}`,
's21136de28ecda8c2': `Non copié`,
's3687049d1af562c4': `Copier`,
's49e763aed00877a8': `Principale`,
's535b9754bf88c2e0': `Contact presse`,
's647767b83d7ed539': `one{pays} many{pays} other{pays}`,
's6d8c02aee480af7a': `Menu`,
's7d918f0ee4c55c06': `Copie impossible. Le texte est sélectionné : copiez-le vous-même.`,
's831cb19747ee5685': `, rubrique actuelle`,
's93cdb0c260ad6291': `Télécharger la vCard`,
'sb0c62d7979690e57': `Copié dans le presse-papiers`,
'sf4de3bfbfaca12e5': `Copié`,
    };
  