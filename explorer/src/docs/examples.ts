import { parseExample, type Example } from '@maillage/schema/examples';

// The worked examples the API's tests run (schema/examples/), bundled as text.
const files = import.meta.glob('../../../schema/examples/*.graphql', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export const EXAMPLES: Example[] = Object.entries(files)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([path, text]) => parseExample(path.replace(/^.*\//, '').replace(/\.graphql$/, ''), text));
