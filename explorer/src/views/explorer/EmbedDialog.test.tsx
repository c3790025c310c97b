// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_FILTERS } from '../../core/graph/filter.js';
import { pick } from '../../test/pick.js';
import { renderIn } from '../../test/render.js';
import { EmbedDialog } from './EmbedDialog.js';

describe('EmbedDialog', () => {
  const filters = { ...DEFAULT_FILTERS, territory: 'epci:200070647' };

  it('previews the view as an embed and gives the code to copy, updated as the look changes', async () => {
    renderIn('fr', <EmbedDialog filters={filters} layout="force" origin="https://maillage.example" onClose={vi.fn()} />);
    expect(screen.getByRole('dialog', { name: 'Intégrer cette vue dans un site' })).toBeInTheDocument();
    expect(screen.getByTitle(/^Aperçu/)).toHaveAttribute('src', 'https://maillage.example/embed?territory=200070647');
    await pick(/Thème/, 'Sombre');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Recherche' }));
    expect(screen.getByTitle(/^Aperçu/)).toHaveAttribute('src', 'https://maillage.example/embed?territory=200070647&theme=dark&search=1');
    expect(screen.getByRole('textbox', { name: 'Code iframe à copier' })).toHaveValue(
      '<iframe src="https://maillage.example/embed?territory=200070647&amp;theme=dark&amp;search=1" width="100%" height="640" style="border:0" loading="lazy" title="Réseau de coopération"></iframe>',
    );
    expect((screen.getByRole('textbox', { name: /composant web/ }) as HTMLTextAreaElement).value).toContain('<maillage-network territory="200070647" theme="dark" search="1">');
  });

  it('takes the host site’s accent colour as its hex code', async () => {
    renderIn('fr', <EmbedDialog filters={filters} layout="force" origin="https://maillage.example" onClose={vi.fn()} />);
    const accent = screen.getByRole('textbox', { name: "Couleur d'accent" });
    await userEvent.clear(accent);
    await userEvent.type(accent, '#AA3377{Enter}');
    expect(screen.getByTitle(/^Aperçu/)).toHaveAttribute('src', 'https://maillage.example/embed?territory=200070647&accent=aa3377');
  });

  it('copies, and closes with Escape', async () => {
    const onClose = vi.fn();
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderIn('en', <EmbedDialog filters={filters} layout="geo" origin="https://maillage.example" onClose={onClose} />);
    await userEvent.click(screen.getAllByRole('button', { name: 'Copy' })[0]!);
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('layout=geo'));
    expect(screen.getByRole('button', { name: 'Copied' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalled();
  });
});
