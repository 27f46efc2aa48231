import {
  codeOf,
  createStringIndex,
  hashOf,
  intern,
  reserve,
} from '../../../../src/core/ingest/read/stringIndex';

describe('the string index', () => {
  test('hashes texts of odd and even length, and a trailing NUL, apart', () => {
    const texts = ['', 'a', 'ab', 'a\u0000', 'abc', 'abcd', 'ba', '订单', '订单号'];
    expect(new Set(texts.map(hashOf)).size).toBe(texts.length);
  });

  test('gives codes in first-seen order, through growth and a reservation', () => {
    const index = createStringIndex();
    const keys = Array.from({ length: 5000 }, (_, i) => `SO2025${String(i * 7919).padStart(8, '0')}`);
    keys.slice(0, 100).forEach((key, i) => expect(intern(index, key)).toBe(i));
    reserve(index, keys.length);
    keys.forEach((key, i) => expect(intern(index, key)).toBe(i));
    expect(index.keys).toEqual(keys);
    keys.forEach((key, i) => expect(codeOf(index, key)).toBe(i));
    expect(codeOf(index, 'SO2025-missing')).toBe(-1);
  });

  test('a reservation smaller than the index changes nothing', () => {
    const index = createStringIndex(1000);
    const slots = index.slots;
    intern(index, 'x');
    reserve(index, 10);
    expect(index.slots).toBe(slots);
    expect(codeOf(index, 'x')).toBe(0);
  });
});
