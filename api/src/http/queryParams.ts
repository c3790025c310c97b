import type { z } from 'zod';

// Express reads `?a=1&a=2` as an array: a URL parameter is its first value.
export const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

/** Each problem zod found in URL parameters, as `parameter: what it expects`. */
export function parameterProblems(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

/** URL parameters that a route refused, each named with what it expects (the route answers 400 with them). */
export class UrlParamsError extends Error {
  constructor(summary: string, readonly problems: string[]) {
    super(`${summary}: ${problems.join('; ')}`);
    this.name = 'UrlParamsError';
  }
}
