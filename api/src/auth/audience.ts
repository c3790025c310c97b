import { hasRole, type Viewer } from './roles.js';

/**
 * Who a response is made for. A person (kind PERSON) is personal data as a whole: the public and researchers see
 * only organisations and the people who consented to publication, with the links between them; animators see
 * everyone. Every public surface — API, analytics, exports, embeds — asks this one question.
 */
export type Audience = 'public' | 'animator';

export function audienceOf(viewer: Viewer): Audience {
  return hasRole(viewer, 'animator') ? 'animator' : 'public';
}
