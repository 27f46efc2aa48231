import { cleanSheetName, freeSheetName, renameSheetRefs, sheetOfReference } from '../../src/excel/sheetNames';

describe('sheet names', () => {
  it('keep a free name as it is', () => {
    expect(freeSheetName('复盘-概览', new Set(['订单']))).toBe('复盘-概览');
  });

  it('take a numbered name when the name is used, ignoring case', () => {
    expect(freeSheetName('Fupan Retro', new Set(['fupan retro', 'fupan retro (2)']))).toBe('Fupan Retro (3)');
  });

  it('stay within 31 characters when numbered', () => {
    const long = 'x'.repeat(31);
    const name = freeSheetName(long, new Set([long]));
    expect(name).toBe(`${'x'.repeat(27)} (2)`);
    expect(name).toHaveLength(31);
  });

  it('lose the characters Excel forbids', () => {
    expect(cleanSheetName("'a[b]:c*d?e/f\\g'")).toBe('a_b__c_d_e_f_g');
    expect(cleanSheetName('History')).toBe('Fupan');
  });

  it('follow a rename inside formulas', () => {
    const renames = new Map([["Bob's", "Bob's (2)"]]);
    expect(renameSheetRefs("=SUM('Bob''s'!A1:A3)+'Bob''s'!B1", renames)).toBe(
      "=SUM('Bob''s (2)'!A1:A3)+'Bob''s (2)'!B1",
    );
  });

  it('tell which sheet a name refers to', () => {
    expect(sheetOfReference("='复盘-概览'!$B$4:$B$11")).toBe('复盘-概览');
    expect(sheetOfReference("='it''s'!$A$1")).toBe("it's");
    expect(sheetOfReference('=Sheet1!$A$1')).toBe('Sheet1');
    expect(sheetOfReference('=#REF!$A$1')).toBe('#REF');
    expect(sheetOfReference('=0.5')).toBeUndefined();
  });
});
