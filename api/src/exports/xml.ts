/**
 * Text safe in an XML attribute or element: the five predefined entities, line breaks and tabs as character
 * references (a parser would turn them into spaces in an attribute), and no control character XML 1.0 forbids.
 */
export function xml(value: string | number | boolean): string {
  return String(value)
    // eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 refuses
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}
