
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'member-counter.sentence': html`${0} ${1}, presente en ${2} ${3}`,
's0370d1f6f80edb68': str`Submenú ${0}`,
's12d72493d0c2947e': `one{Estado miembro} many{Estados miembros} other{Estados miembros}`,
's21136de28ecda8c2': `No copiado`,
's3687049d1af562c4': `Copiar`,
's49e763aed00877a8': `Principal`,
's535b9754bf88c2e0': `Contacto de prensa`,
's647767b83d7ed539': `one{país} many{países} other{países}`,
's6d8c02aee480af7a': `Menú`,
's7d918f0ee4c55c06': `No se pudo copiar. El texto está seleccionado: cópielo usted mismo.`,
's831cb19747ee5685': `, sección actual`,
's93cdb0c260ad6291': `Descargar vCard`,
'sb0c62d7979690e57': `Copiado al portapapeles`,
'sf4de3bfbfaca12e5': `Copiado`,
    };
  