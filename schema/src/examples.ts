/** A worked example query for researchers: its title in both languages, and the query itself. */
export interface Example {
  /** The file's name without `.graphql`, e.g. `01-cross-silo-food-links`. */
  name: string;
  title: { fr: string; en: string };
  query: string;
}

/**
 * Reads an example file: `# fr: …` and `# en: …` title lines, then the query. Pure, so the tests (from the disk)
 * and the documentation page (bundled by Vite) read the same files the same way.
 */
export function parseExample(name: string, text: string): Example {
  const title = (lang: 'fr' | 'en'): string => {
    const line = text.match(new RegExp(`^# ${lang}: (.+)$`, 'm'));
    if (!line?.[1]) throw new Error(`parseExample: ${name} has no "# ${lang}: …" title line`);
    return line[1].trim();
  };
  const query = text.split('\n').filter((line) => !/^# (fr|en): /.test(line)).join('\n').trim();
  return { name, title: { fr: title('fr'), en: title('en') }, query };
}
