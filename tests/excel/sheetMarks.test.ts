import { sheetsMarkedByName } from '../../src/excel/sheetMarks';

describe('sheets marked by workbook names', () => {
  it('finds the sheet each FupanSheet_<key> name points at, quoted or not', () => {
    const marked = sheetsMarkedByName([
      { name: 'FupanSheet_overview', formula: "='复盘-概览'!$A$1" },
      { name: 'FupanSheet_retro', formula: "='Fupan Retro'!$A$1" },
      { name: 'FupanSheet_trend', formula: '=Trend!$A$1' },
      { name: 'FupanSheet_quality', formula: "='It''s mine'!$A$1" },
      { name: 'MyName', formula: "='Orders'!$A$1" },
      { name: 'FupanSheet_channels', formula: '=#REF!' },
    ]);
    expect([...marked.entries()]).toEqual([
      ['复盘-概览', 'overview'],
      ['Fupan Retro', 'retro'],
      ['Trend', 'trend'],
      ["It's mine", 'quality'],
    ]);
  });
});
