// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../core/i18n/catalogue.js';
import { DocsPage } from './DocsPage.js';
import { EXAMPLES } from './examples.js';

afterEach(cleanup);

describe('DocsPage', () => {
  it('lists the ten worked examples with a link that opens each in the editor', () => {
    render(<DocsPage examples={EXAMPLES} i18n={translator('fr')} onLang={vi.fn()} />);
    expect(EXAMPLES).toHaveLength(10);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(10);
    expect(screen.getByRole('heading', { name: /Qui offre du foncier ou du bâti/ })).toBeInTheDocument();
    const links = screen.getAllByRole('link', { name: "Essayer dans l'éditeur" });
    expect(decodeURIComponent(links[0]!.getAttribute('href')!)).toBe(`/graphiql.html?query=${EXAMPLES[0]!.query}`);
    expect(screen.getByRole('link', { name: 'GEXF (Gephi)' })).toHaveAttribute('href', '/export/network.gexf');
  });

  it('switches to English', async () => {
    const onLang = vi.fn();
    render(<DocsPage examples={EXAMPLES} i18n={translator('en')} onLang={onLang} />);
    expect(screen.getByRole('heading', { name: /Who offers land or buildings/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Français' }));
    expect(onLang).toHaveBeenCalledWith('fr');
  });
});
