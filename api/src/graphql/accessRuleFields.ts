import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type ValueNode } from 'graphql';

/**
 * Fields the SDL declares only for its access rules: `Actor.consents` lets the type-level @authorization rule see
 * a person's consent to publication. Selecting or filtering them would tell who consented to what (and which
 * organisations keep contact details), so no request may name them.
 */
export const ACCESS_RULE_FIELDS: ReadonlySet<string> = new Set(['consents', 'consentsConnection']);

function refusal(field: string): GraphQLError {
  return new GraphQLError(
    `« ${field} » sert aux règles d'accès et ne peut être ni lu ni filtré. / "${field}" serves the access rules and may not be read or filtered.`,
    { extensions: { code: 'FORBIDDEN', field, http: { status: 403 } } },
  );
}

/** The first access-rule field named in a JSON value (a variable's), if any. */
function inValue(value: unknown): string | undefined {
  if (Array.isArray(value)) return value.map(inValue).find(Boolean);
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (ACCESS_RULE_FIELDS.has(key)) return key;
      const found = inValue(item);
      if (found) return found;
    }
  }
  return undefined;
}

function inLiteral(node: ValueNode): string | undefined {
  let found: string | undefined;
  visit(node, {
    ObjectField(field) {
      if (ACCESS_RULE_FIELDS.has(field.name.value)) found ??= field.name.value;
    },
  });
  return found;
}

/** Refuses, before anything runs, a request that selects or filters on an access-rule field. */
export function accessRuleFieldsGuard(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const fromVariables = inValue(request.variables ?? {});
          if (fromVariables) throw refusal(fromVariables);
          visit(document, {
            Field(node) {
              if (ACCESS_RULE_FIELDS.has(node.name.value)) throw refusal(node.name.value);
            },
            Argument(node) {
              if (node.value.kind === Kind.VARIABLE) return;
              const found = inLiteral(node.value);
              if (found) throw refusal(found);
            },
          });
        },
      };
    },
  };
}
