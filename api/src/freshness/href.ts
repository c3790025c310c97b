/**
 * An actor's record in the explorer, as the explorer's own URL says it (`actor=` selects it, see
 * explorer/src/core/url/viewState.ts): a path of the site, made absolute by the feeds.
 */
export function actorHref(id: string): string {
  return `/?${new URLSearchParams({ actor: id }).toString()}`;
}

/** A path of the site on the origin a request came to. */
export function absoluteUrl(origin: string, path: string): string {
  return new URL(path, origin).toString();
}
