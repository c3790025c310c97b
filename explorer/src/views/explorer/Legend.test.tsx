// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderIn } from '../../test/render.js';
import { Legend } from './Legend.js';

describe('Legend', () => {
  it('says when a large network seen from afar draws every link plain, and only then', () => {
    const { unmount } = renderIn('fr', <Legend expanded plainLinks />);
    expect(screen.getByTestId('plain-links')).toHaveTextContent('Vu de loin, tous les traits sont pleins');
    unmount();
    renderIn('en', <Legend expanded />);
    expect(screen.queryByTestId('plain-links')).toBeNull();
    expect(screen.getByText('Line: where the link comes from')).toBeInTheDocument();
  });
});
