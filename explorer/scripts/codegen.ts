import { generate } from '@graphql-codegen/cli';
import { codegenConfig } from '../codegen.js';

await generate(codegenConfig, true);
