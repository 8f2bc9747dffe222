/**
 * A contact as the element shows it: every value trimmed, blank ones `undefined`; `tel` and
 * `mailto` are the links, `undefined` when the phone or email is not valid.
 */
export interface Card {
  name?: string | undefined;
  title?: string | undefined;
  org?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  tel?: string | undefined;
  mailto?: string | undefined;
}

/** Every kind of line break (CR LF, CR, LF, VT, FF, NEL, LS, PS): readers split lines at any of them. */
const LINE_BREAK = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/g;
/** The other control characters (tab is allowed): not allowed in a value (RFC 6350 §3.3), and invisible on the page. */
const CONTROL = /(?!\t)\p{Cc}/gu;

/**
 * A text value (RFC 6350 §3.4): backslashes, commas and semicolons escaped, every line break a
 * `\n`, so that a value is always one line whatever reads it.
 */
const escape = (text: string) =>
  text
    .replace(/[\\,;]/g, '\\$&')
    .replace(LINE_BREAK, '\\n')
    .replace(CONTROL, '');

/**
 * The UTF-8 length of one code point (3 for half a surrogate pair, written as U+FFFD), counted
 * rather than encoded: a megabyte-long name folds in milliseconds.
 */
const octets = (char: string) => {
  const code = char.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
};

/** Folds a content line at 75 octets (RFC 6350 §3.2), never inside a UTF-8 sequence. */
function fold(line: string): string {
  const lines: string[] = [];
  let start = 0;
  let end = 0;
  let size = 0;
  for (const char of line) {
    if (size + octets(char) > 75) {
      lines.push(line.slice(start, end));
      start = end;
      size = 1; // the space that starts a continuation line
    }
    size += octets(char);
    end += char.length;
  }
  lines.push(line.slice(start));
  return lines.join('\r\n ');
}

/**
 * A vCard 4.0 (RFC 6350) with CRLF line ends. `N` takes the last word of the name as the family
 * name and the rest as given names; without a name, `FN` (required) falls back to the office,
 * the title, the email or the phone. Only what is linked goes into TEL and EMAIL.
 */
export function vcard({ name, title, org, phone, email, tel, mailto }: Card): string {
  const address = mailto && email;
  const given = name?.split(/\s+/) ?? [];
  const family = given.pop();
  return `${[
    'BEGIN:VCARD',
    'VERSION:4.0',
    `FN:${escape(name || org || title || address || phone || '')}`,
    family && `N:${escape(family)};${escape(given.join(' '))};;;`,
    title && `TITLE:${escape(title)}`,
    org && `ORG:${escape(org)}`,
    tel && `TEL;VALUE=uri;TYPE=work,voice:${tel}`,
    address && `EMAIL;TYPE=work:${escape(address)}`,
    'END:VCARD',
  ]
    .filter(Boolean)
    .map((line) => fold(line as string))
    .join('\r\n')}\r\n`;
}

/** `Liz Lizama` → `Liz-Lizama.vcf`: letters and digits of any script, runs of anything else as `-`. */
export function vcardFileName(name = ''): string {
  const safe = [...name.replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')].slice(0, 64).join('');
  return `${safe.replace(/^-|-$/g, '') || 'contact'}.vcf`;
}

/**
 * Saves the card as a `.vcf` file. A Blob URL and a temporary `<a download>` work under a strict
 * CSP (no `data:` URL, no inline script); the URL is revoked once the download has started.
 */
export function downloadVcard(card: Card): void {
  const url = URL.createObjectURL(new Blob([vcard(card)], { type: 'text/vcard;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = vcardFileName(card.name);
  link.click();
  setTimeout(() => URL.revokeObjectURL(url));
}
