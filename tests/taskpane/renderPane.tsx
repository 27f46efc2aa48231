import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import type { FupanHost } from '../../src/port/hostPort';

/** Renders the pane over a fake host, as index.tsx does over the real one. */
export function renderPane(host: FupanHost) {
  const user = userEvent.setup({ delay: null });
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>,
  );
  return { user, ...view };
}

/** Opens a Fluent Dropdown and picks an option by its accessible name. */
export async function choose(user: UserEvent, combobox: HTMLElement, option: string | RegExp): Promise<void> {
  await user.click(combobox);
  const listbox = await screen.findByRole('listbox');
  await user.click(within(listbox).getByRole('option', { name: option }));
}
