// The worker's entry point from the sources: plain JavaScript that teaches the thread TypeScript (tsx) and the
// workspace packages' source condition (their package.json `maillage:source` exports), then loads the worker.
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';
import { register as registerTsx } from 'tsx/esm/api';

// The API's compiler options (decorators), whichever folder the process started from.
registerTsx({ tsconfig: fileURLToPath(new URL('../../../tsconfig.json', import.meta.url)) });
const sourceCondition = `export async function resolve(specifier, context, next) {
  return next(specifier, { ...context, conditions: [...context.conditions, 'maillage:source'] });
}`;
register(`data:text/javascript,${encodeURIComponent(sourceCondition)}`);
await import('./worker.ts');
