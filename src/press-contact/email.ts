/**
 * The rule of `<input type="email">` (HTML standard), with at least one dot in the domain: a
 * press contact is reached on the Internet, not on `localhost`.
 */
const EMAIL = /^[\w.!#$%&'*+/=?^`{|}~-]+@[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?)+$/i;

/**
 * The `mailto:` URL of an email address, with `subject` URL-encoded when given.
 *
 * @returns `undefined` when `email` is not a valid address.
 */
export function mailtoUrl(email: string, subject?: string): string | undefined {
  if (email.length > 254 || !EMAIL.test(email)) return undefined;
  // `%`, `?` and `#` are valid in an address but would end it in a URL (RFC 6068).
  const address = email.replace(/[%?#]/g, encodeURIComponent);
  // A lone half of a surrogate pair has no UTF-8 form (`encodeURIComponent` throws): U+FFFD, as a decoder reads it.
  const query = subject ? `?subject=${encodeURIComponent(subject.replace(/\p{Cs}/gu, '\ufffd'))}` : '';
  return `mailto:${address}${query}`;
}
