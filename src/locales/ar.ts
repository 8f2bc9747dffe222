
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'member-counter.sentence': html`${0} ${1}، وموجودة في ${2} ${3}`,
's0370d1f6f80edb68': str`القائمة الفرعية ${0}`,
's12d72493d0c2947e': `zero{دولة عضو} one{دولة عضو} two{دولتان عضوان} few{دول أعضاء} many{دولة عضوًا} other{دولة عضو}`,
's21136de28ecda8c2': `لم يتم النسخ`,
's3687049d1af562c4': `نسخ`,
's49e763aed00877a8': `الرئيسية`,
's535b9754bf88c2e0': `جهة الاتصال الإعلامي`,
's647767b83d7ed539': `zero{بلد} one{بلد} two{بلدان} few{بلدان} many{بلدًا} other{بلد}`,
's6d8c02aee480af7a': `القائمة`,
's7d918f0ee4c55c06': `تعذّر النسخ. النص محدد: انسخه بنفسك.`,
's831cb19747ee5685': `، القسم الحالي`,
's93cdb0c260ad6291': `تنزيل بطاقة vCard`,
'sb0c62d7979690e57': `تم النسخ إلى الحافظة`,
'sf4de3bfbfaca12e5': `تم النسخ`,
    };
  