import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'generated/api.graphql',
  generates: {
    'src/generated/types.ts': {
      plugins: ['typescript'],
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
    },
  },
};
export default config;
