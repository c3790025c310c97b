// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../core/graph/filter.js';
import { renderIn } from '../../test/render.js';
import { DownloadMenu } from './DownloadMenu.js';

describe('DownloadMenu', () => {
  it('offers the view in every research format, with its filters', () => {
    renderIn('fr', <DownloadMenu filters={{ ...DEFAULT_FILTERS, territory: 'epci:200070647' }} />);
    expect(screen.getByRole('link', { name: 'GEXF (Gephi)' })).toHaveAttribute('href', '/export/network.gexf?territory=epci%3A200070647');
    expect(screen.getByRole('link', { name: 'JSON nœuds-liens (networkx)' })).toHaveAttribute('href', '/export/network.json?format=node-link&territory=epci%3A200070647');
    expect(screen.getByRole('link', { name: 'JSON-LD (schema.org, données liées)' })).toHaveAttribute('href', '/export/network.jsonld?territory=epci%3A200070647');
    expect(screen.getAllByRole('link')).toHaveLength(7);
  });
});
