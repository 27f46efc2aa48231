import {
  BUDGET_BOUND_OPTION,
  choicesFromSettings,
  settingsFromChoices,
} from '../../src/excel/choicesSettings';
import { loadSettings, saveSettings } from '../../src/excel/settings';
import { DEFAULT_SETTINGS, type FupanSettings } from '../../src/excel/settingsSchema';
import type { UserChoices } from '../../src/port/hostPort';
import { FakeExcel } from '../support/excelFake/fakeExcel';

const CHOICES: UserChoices = { locale: 'zh-CN', tables: [], campaign: {}, targets: [], budgetBound: 0.15 };

describe('the next plan’s budget bound in the workbook’s settings', () => {
  it('round-trips through the stored settings, beside the options Fupan does not know', async () => {
    const excel = new FakeExcel();
    const previous: FupanSettings = { ...DEFAULT_SETTINGS, options: { someoneElses: 'kept' } };
    await saveSettings(excel.host, settingsFromChoices(CHOICES, previous));
    const loaded = await loadSettings(excel.host);
    expect(loaded.warnings).toEqual([]);
    expect(loaded.settings.options).toEqual({ someoneElses: 'kept', [BUDGET_BOUND_OPTION]: 0.15 });
    expect(choicesFromSettings(loaded.settings, 'en-US')).toEqual(CHOICES);
  });

  it('leaves the bound out when the pane never set it, and clears a stored one the choices dropped', () => {
    const { budgetBound: _dropped, ...plain } = CHOICES;
    expect(choicesFromSettings(settingsFromChoices(plain), 'zh-CN')).toEqual(plain);
    const stored = settingsFromChoices(CHOICES);
    expect(settingsFromChoices(plain, stored).options).toEqual({});
  });

  it.each([[-0.1], [1.5], ['0.2'], [Number.NaN]])(
    'ignores a stored bound of %p (the default applies)',
    (bound) => {
      const settings: FupanSettings = {
        ...DEFAULT_SETTINGS,
        options: { [BUDGET_BOUND_OPTION]: bound as number },
      };
      expect(choicesFromSettings(settings, 'zh-CN').budgetBound).toBeUndefined();
    },
  );
});
