import type { ReactNode } from 'react';
import { Focusable, Tooltip, TooltipTrigger } from 'react-aria-components';

/** A figure with its one-line explanation, shown on hover and on keyboard focus, and said by screen readers. */
export function Explained({ children, explanation }: { children: ReactNode; explanation: string }) {
  return (
    <TooltipTrigger delay={300} closeDelay={100}>
      <Focusable>
        <span className="explained" tabIndex={0}>{children}</span>
      </Focusable>
      <Tooltip className="ui-tooltip" offset={6}>{explanation}</Tooltip>
    </TooltipTrigger>
  );
}
