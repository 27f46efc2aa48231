import { screen, waitFor, within } from '@testing-library/react';
import { createExcelFupanHost } from '../../src/excel/fupanHost';
import { createOfficeHost } from '../../src/taskpane/officeHost';
import { FakeExcel } from '../support/excelFake/fakeExcel';
import { renderPane } from './renderPane';

/** The pane over the real Excel host (src/excel) on the in-memory Excel: the port as both sides read it. */
describe('the pane over the Excel host', () => {
  test('inserts the sample campaign, shows what it found, generates and opens a sheet', async () => {
    const excel = new FakeExcel();
    const host = createOfficeHost((_excel, locale) => createExcelFupanHost(excel.host, locale));
    const { user } = renderPane(host);

    const empty = await screen.findByRole('region', { name: 'No campaign data found' });
    await user.click(within(empty).getByRole('button', { name: 'Insert sample campaign' }));

    const detect = await screen.findByRole('region', { name: '1. Data found' }, { timeout: 30_000 });
    expect(within(detect).getByRole('button', { name: /^Orders · / })).toBeTruthy();
    expect(within(detect).getByRole('heading', { name: 'More data unlocks more' })).toBeTruthy();
    const orders = within(detect).getByRole('button', { name: /^Orders · / });
    await user.click(orders);
    const panel = await within(detect).findByRole('region', { name: /^Orders · / });
    expect(within(panel).getByRole('combobox', { name: 'Order ID' }).textContent).toMatch(/^Automatic: /);

    const campaign = screen.getByRole('region', { name: '2. Campaign' });
    expect((within(campaign).getByLabelText('Campaign period start') as HTMLInputElement).value).toMatch(
      /^\d{4}-\d{2}-\d{2}$/,
    );

    const generate = screen.getByRole('region', { name: '3. Generate' });
    await user.click(within(generate).getByRole('button', { name: 'Generate retro' }));
    const results = await within(generate).findByRole('region', { name: 'Results' }, { timeout: 60_000 });
    const links = within(results).getAllByRole('button');
    expect(links.length).toBeGreaterThan(3);
    await user.click(within(results).getByRole('button', { name: 'Open the data-quality sheet' }));
    await waitFor(() => expect(excel.state.activeSheet?.name).toBe('Fupan Data Quality'));
    expect(within(generate).queryByRole('group', { name: 'Could not open the sheet' })).toBeNull();
  }, 120_000);
});
