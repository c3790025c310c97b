// `npm run codegen -w @maillage/explorer`: the explorer's operations typed from the whole API's printed schema
// (api/generated/schema.graphql) by GraphQL Code Generator's client preset: typed document nodes, never
// hand-typed results. explorer/src/generated/ is committed; a test fails when it is stale.
import type { CodegenConfig } from '@graphql-codegen/cli';
import { join } from 'node:path';

const here = import.meta.dirname;

export const codegenConfig: CodegenConfig = {
  schema: join(here, '..', 'api', 'generated', 'schema.graphql'),
  documents: [join(here, 'src', '**', '*.{ts,tsx}'), `!${join(here, 'src', 'generated', '**')}`, `!${join(here, 'src', '**', '*.test.{ts,tsx}')}`],
  ignoreNoDocuments: false,
  silent: true,
  generates: {
    [join(here, 'src', 'generated') + '/']: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        emitLegacyCommonJSImports: false,
        onlyOperationTypes: true,
        avoidOptionals: { field: true, inputValue: false },
        scalars: {
          ID: 'string', Date: 'string', DateTime: 'string', BigInt: 'string', Intensity: 'number', Confidence: 'number',
          Slug: 'string', EmbedQuery: 'string', WorkshopCode: 'string',
        },
      },
    },
  },
};
