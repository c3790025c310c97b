import { useEffect, useRef, useState, type RefObject } from 'react';
import type { DrawnActor } from '../../core/graph/types.js';
import { createBasemap, type Basemap, type BasemapState } from '../../core/map/basemap.js';
import { Button, Disclosure, token, useTheme } from '../../ui/index.js';
import { useI18n } from '../common/I18n.js';
import type { NetworkHandle } from './NetworkView.js';

interface Props {
  network: RefObject<NetworkHandle | null>;
  /** Actors the map cannot place (no coordinates, no EPCI): listed beside it. */
  unplaced: DrawnActor[];
  onSelect(actorId: string): void;
}


/**
 * The basemap under the geographic layout (MapLibre GL). The network stays Cytoscape's, drawn over the map at the
 * actors' Web Mercator coordinates; the map follows the network's pan and zoom, so that selection, names, styles,
 * filters and the URL work as in every other layout. Loaded only when the map is shown.
 */
export function GeoMap({ network, unplaced, onSelect }: Props) {
  const i18n = useI18n();
  const [theme] = useTheme();
  const container = useRef<HTMLDivElement>(null);
  const [basemap, setBasemap] = useState<BasemapState | 'loading'>('loading');

  useEffect(() => {
    let disposed = false;
    let stop = (): void => undefined;
    let basemap: Basemap | undefined;
    void createBasemap(container.current!, { ground: token('--map-ground'), lines: token('--map-lines') }, (state) => {
      if (!disposed) setBasemap(state);
    }).then((made) => {
      basemap = made;
      if (disposed) return made.remove();
      window.__maillageMap = made.map;
      stop = network.current?.onViewport((viewport) => made.follow(viewport)) ?? stop;
    });
    return () => {
      disposed = true;
      stop();
      basemap?.remove();
      window.__maillageMap = undefined;
    };
    // The theme changes the local style's colours: the map is made again, which is quick.
  }, [network, theme]);

  return (
    <>
      <div ref={container} className="basemap" aria-hidden="true" data-testid="basemap" data-basemap={basemap} />
      {(basemap === 'local' || basemap === 'unreachable') && (
        <p className="map-notice" role="status">{i18n.t(basemap === 'local' ? 'map.local' : 'map.unreachable')}</p>
      )}
      {unplaced.length > 0 && (
        <section className="unplaced card" aria-label={i18n.t('map.unplaced', { count: i18n.number(unplaced.length) })}>
          <Disclosure title={i18n.t('map.unplaced', { count: i18n.number(unplaced.length) })}>
          <ul>
            {unplaced.map((actor) => (
              <li key={actor.id}>
                <Button tone="link" onPress={() => onSelect(actor.id)}>{actor.name}</Button>
                {actor.territories[0] && <span className="muted"> · {actor.territories[0].name}</span>}
              </li>
            ))}
          </ul>
          </Disclosure>
        </section>
      )}
    </>
  );
}
