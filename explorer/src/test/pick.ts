import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';

/** The options' texts of the design system's select named `label` (opened, read, closed again). */
export async function optionsOf(label: string | RegExp): Promise<string[]> {
  await userEvent.click(screen.getByRole('button', { name: label }));
  const texts = within(await screen.findByRole('listbox')).getAllByRole('option').map((option) => option.textContent ?? '');
  await userEvent.keyboard('{Escape}');
  return texts;
}

/** Chooses `option` in the select named `label`, as a user would: open, then click. */
export async function pick(label: string | RegExp, option: string | RegExp): Promise<void> {
  await userEvent.click(screen.getByRole('button', { name: label }));
  await userEvent.click(within(await screen.findByRole('listbox')).getByRole('option', { name: option }));
}
