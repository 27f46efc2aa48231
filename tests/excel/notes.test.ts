import { fnv1a, noteComment, savedNote } from '../../src/excel/notes';

describe('note cells', () => {
  const comment = noteComment('（在此填写）');

  it('count an untouched placeholder, in any wording, as empty', () => {
    expect(savedNote('a', '（在此填写）', 'General', comment, '(write here)')).toBeUndefined();
    expect(savedNote('a', '(write here)', 'General', comment, '(write here)')).toBeUndefined();
    expect(savedNote('a', '', 'General', comment, undefined)).toBeUndefined();
  });

  it('keep what the analyst wrote, with the number format of a number', () => {
    expect(savedNote('a', '=见附件', 'General', comment, undefined)).toEqual({
      id: 'a',
      value: '=见附件',
      numberFormat: undefined,
    });
    expect(savedNote('a', 45_607, 'yyyy-mm-dd', comment, undefined)).toEqual({
      id: 'a',
      value: 45_607,
      numberFormat: 'yyyy-mm-dd',
    });
  });

  it('hash placeholders to eight hex digits', () => {
    expect(fnv1a('')).toBe('811c9dc5');
    expect(comment).toMatch(/^fupan-note:[0-9a-f]{8}$/);
  });
});
