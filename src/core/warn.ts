/** Messages already printed: each distinct message appears once per page (per copy of the library). */
const printed = new Set<string>();

/**
 * Logs one `console.warn` in the library's single format:
 * `[tag] subject: "value" problem; consequence`, e.g.
 * `[iom-member-counter] attribute "member-states": "abc" is not a whole number from 0 to 1000; kept 175`.
 * A message already printed is not printed again, so a bad attribute on a re-rendering element
 * does not flood the console.
 */
export function warn(tag: string, subject: string, value: unknown, problem: string, consequence: string): void {
  const message = `[${tag}] ${subject}: ${quote(value)} ${problem}; ${consequence}`;
  if (printed.has(message)) return;
  printed.add(message);
  console.warn(message);
}

function quote(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 200 ? `${value.slice(0, 200)}…` : value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
