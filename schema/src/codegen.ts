import { codegen } from '@graphql-codegen/core';
import * as typescriptPlugin from '@graphql-codegen/typescript';
import { parse } from 'graphql';
import { handwrittenTypeDefs, liveTypeDefs } from './typeDefs.js';

/**
 * TypeScript types for the generated API, from its printed schema, and for the inputs of the hand-written half
 * (`schema/handwritten/`) and of the live events (`schema/live/`): never typed by hand.
 */
export async function generateTypes(apiSchema: string): Promise<string> {
  return codegen({
    filename: 'types.ts',
    schema: parse(`${apiSchema}\n${handwrittenTypeDefs}\n${liveTypeDefs}`),
    documents: [],
    plugins: [{ typescript: {} }],
    pluginMap: { typescript: typescriptPlugin },
    config: {
      enumsAsTypes: true,
      avoidOptionals: { field: true, inputValue: false },
      scalars: {
        ID: 'string',
        Date: 'string',
        DateTime: 'string',
        BigInt: 'string',
        Intensity: 'number',
        Confidence: 'number',
      },
    },
  });
}
