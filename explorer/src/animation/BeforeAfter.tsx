import cytoscape, { type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useRef } from 'react';
import { layoutOptions } from '../core/graph/layouts.js';
import { networkStyle } from '../core/graph/style.js';
import type { Translator } from '../core/i18n/catalogue.js';

cytoscape.use(fcose);

interface Props {
  i18n: Translator;
  /** The territory's network now, the workshop's additions marked `workshop`. */
  after: ElementDefinition[];
}

const count = (elements: ElementDefinition[], group: 'nodes' | 'edges'): number => elements.filter((element) => element.group === group).length;

/** The network before and after the workshop, side by side, in the same places: what it added stands out. */
export function BeforeAfter({ i18n, after }: Props) {
  const beforeBox = useRef<HTMLDivElement>(null);
  const afterBox = useRef<HTMLDivElement>(null);
  const before = after.filter((element) => element.classes !== 'workshop');
  useEffect(() => {
    const now = cytoscape({ container: afterBox.current, style: networkStyle(), elements: after, autoungrabify: true, userZoomingEnabled: false, userPanningEnabled: false });
    now.layout(layoutOptions(null, now.nodes().length)).run();
    const positions = new Map(now.nodes().map((node) => [node.id(), { ...node.position() }]));
    const then = cytoscape({ container: beforeBox.current, style: networkStyle(), elements: after.filter((element) => element.classes !== 'workshop'), autoungrabify: true, userZoomingEnabled: false, userPanningEnabled: false });
    then.layout(layoutOptions(positions, then.nodes().length)).run();
    then.fit(now.elements(), 30);
    afterBox.current?.setAttribute('data-drawn', 'true');
    return () => {
      now.destroy();
      then.destroy();
    };
  }, [after]);
  const label = (when: string, elements: ElementDefinition[]): string => i18n.t('workshop.pictureLabel', { when, actors: count(elements, 'nodes'), links: count(elements, 'edges') });
  return (
    <div className="before-after">
      <figure><figcaption>{i18n.t('workshop.before')}</figcaption><div ref={beforeBox} className="picture" role="img" aria-label={label(i18n.t('workshop.before').toLowerCase(), before)} /></figure>
      <figure><figcaption>{i18n.t('workshop.after')}</figcaption><div ref={afterBox} className="picture" role="img" aria-label={label(i18n.t('workshop.after').toLowerCase(), after)} /></figure>
    </div>
  );
}
