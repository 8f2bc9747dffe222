/**
 * Messages already printed, each distinct message once per page (per copy of the library). At most
 * {@link REMEMBERED}, the least recently seen forgotten first: a page that keeps producing new
 * messages cannot fill memory, and one that repeats the same ones still sees each once.
 */
const printed = new Set<string>();
/** How many messages are remembered: far more than a page with a few bad attributes produces. */
export const REMEMBERED = 1000;
/** Characters of a value (and of each other part of a message) shown: enough to recognise it, short enough to read. */
export const SHOWN = 200;

/** `warn` with the tag given: what an element hands to its models and controllers (`IomElement.warn`). */
export type Warn = (subject: string, value: unknown, problem: string, consequence: string) => void;

/**
 * Logs one `console.warn` in the library's single format:
 * `[tag] subject: "value" problem; consequence`, e.g.
 * `[iom-member-counter] attribute "member-states": "abc" is not a whole number from 0 to 1000; kept 175`.
 * A message already printed is not printed again, so a bad attribute on a re-rendering element
 * does not flood the console. Whatever the value (a megabyte of text, a cycle, a getter that
 * throws), each part of the message is cut at {@link SHOWN} characters and `warn` never throws.
 */
export function warn(tag: string, subject: string, value: unknown, problem: string, consequence: string): void {
  const quoted = typeof value === 'string' ? shorten(value, JSON.stringify) : shorten(show(value));
  const message = `[${tag}] ${shorten(subject)}: ${quoted} ${shorten(problem)}; ${shorten(consequence)}`;
  // Deleted and added again: the most recently seen message is the last one forgotten.
  const seen = printed.delete(message);
  printed.add(message);
  if (printed.size > REMEMBERED) printed.delete(printed.values().next().value!);
  if (!seen) console.warn(message);
}

/**
 * `text` as `format` shows it, cut at {@link SHOWN} characters (never between the halves of a
 * surrogate pair) and followed by how long it was: `"abc"… (1000000 characters)`.
 */
function shorten(text: string, format: (text: string) => string = String): string {
  if (text.length <= SHOWN) return format(text);
  const cut = /[\ud800-\udbff]/.test(text[SHOWN - 1]!) ? SHOWN - 1 : SHOWN;
  return `${format(text.slice(0, cut))}… (${text.length} characters)`;
}

/** A value that is not a string: a number as written (JSON writes `NaN` as `null`), else as JSON if it has one, else as `String` writes it, else its type. */
function show(value: unknown): string {
  if (typeof value === 'number') return String(value);
  for (const write of [JSON.stringify, String]) {
    try {
      const text = write(value) as string | undefined;
      if (text !== undefined) return text;
    } catch {
      // A cycle, a BigInt, a getter, `toJSON` or `toString` that throws, a nesting too deep: the next way.
    }
  }
  return `(${typeof value})`;
}
