import type { ReactNode } from 'react';
import { Button, Disclosure as AriaDisclosure, DisclosurePanel, Heading } from 'react-aria-components';

/** A titled group that folds (the filters' less used facets). */
export function Disclosure({ title, children, defaultExpanded = false }: { title: ReactNode; children: ReactNode; defaultExpanded?: boolean }) {
  return (
    <AriaDisclosure className="ui-disclosure" defaultExpanded={defaultExpanded}>
      <Heading className="ui-disclosure-title">
        <Button slot="trigger" className="ui-button">
          {title}
          <svg className="chevron" viewBox="0 0 16 16" aria-hidden="true"><polyline points="4 6 8 10 12 6" /></svg>
        </Button>
      </Heading>
      <DisclosurePanel className="ui-disclosure-panel">{children}</DisclosurePanel>
    </AriaDisclosure>
  );
}
