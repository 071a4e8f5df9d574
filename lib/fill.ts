/**
 * Put values into a content template: fill('Call {number}', { number: '999' }).
 * The values are used literally: `String.replace` with a string would read
 * `$&`, `$'` or `$1` in a clinic's name as patterns, so this always passes a function.
 * A placeholder with no value is left as it is, so a missing word shows, never `undefined`.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : placeholder,
  );
}
