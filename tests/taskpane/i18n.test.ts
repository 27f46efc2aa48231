import { LOCALES } from '../../src/core/locale';
import { FIELDS } from '../../src/core/model/fields';
import { TABLE_KINDS } from '../../src/core/model/tableKinds';
import { fieldLabel, MESSAGES, translate, translateCount, translation } from '../../src/i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('pane texts', () => {
  test.each(Object.keys(MESSAGES) as (keyof typeof MESSAGES)[])(
    '%s exists in both languages with the same parameters',
    (key) => {
      const message = MESSAGES[key];
      for (const locale of LOCALES) expect(message[locale].trim()).not.toBe('');
      expect(placeholders(message['zh-CN'])).toEqual(placeholders(message['en-US']));
    },
  );

  test('parameters are filled in, numbers written the locale’s way', () => {
    expect(translate('en-US', 'mappedColumns', { mapped: 5, total: 20 })).toBe('5 of 20 columns mapped');
    expect(translate('zh-CN', 'rejectedRows', { count: 12345 })).toBe('被拒绝的行：12,345');
    expect(translate('en-US', 'rangeStart', { range: 'Peak' })).toBe('Peak start');
  });

  test('counts take the plural form the language needs', () => {
    const rows = { one: 'rowsOne', other: 'rowsOther' } as const;
    expect(translateCount('en-US', rows, 1)).toBe('1 row');
    expect(translateCount('en-US', rows, 1200)).toBe('1,200 rows');
    expect(translateCount('zh-CN', rows, 1)).toBe('1 行');
  });

  test('a message can travel in both languages (a HostError text)', () => {
    expect(translation('notWired')['zh-CN']).toContain('尚未接入');
    expect(translation('notWired')['en-US']).toContain('not connected');
  });

  test('every field of every table kind has a label in both languages', () => {
    for (const kind of TABLE_KINDS) {
      for (const field of Object.keys(FIELDS[kind])) {
        expect(fieldLabel(kind, field, 'zh-CN')).not.toBe(field);
        expect(fieldLabel(kind, field, 'en-US')).not.toBe(field);
      }
    }
    expect(fieldLabel('orders', 'amount', 'zh-CN')).toBe('实付金额');
    expect(fieldLabel('orders', 'no_such_field', 'en-US')).toBe('no_such_field');
  });
});
