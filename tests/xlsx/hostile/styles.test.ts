import { dayWindow } from '../../../src/core/metrics/dayWindow';
import type { CampaignInfo } from '../../../src/core/model/campaign';
import type { Day } from '../../../src/core/model/day';
import { LIMITS } from '../../../src/xlsx/limits';
import { writePlan } from '../../../src/xlsx/writePlan';
import { hostileWorkbook, ordersRows } from '../../support/hostile/corpus';
import { samplePlan } from '../samplePlan';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** A stylesheet with `count` custom number formats and one cell format. */
function styles(count: number): string {
  const formats = Array.from(
    { length: count },
    (_, i) => `<numFmt numFmtId="${164 + i}" formatCode="0.${'0'.repeat(i % 9)}&quot;${i}&quot;"/>`,
  );
  return (
    `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS}"><numFmts count="${count}">${formats.join('')}</numFmts>` +
    '<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>' +
    '<cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf xfId="0"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
  );
}

describe('input-sized lists never go through a spread', () => {
  test('70,000 number formats (the issue saw 200,000): a clear limit, not "Maximum call stack size exceeded"', async () => {
    const input = await hostileWorkbook({ sheet: ordersRows(5), stylesXml: styles(70_000) });
    const result = await writePlan(input, samplePlan());
    expect(result.ok ? 'ok' : result.error.kind).toBe('limit');
    expect(result.ok ? '' : result.error.message['en-US']).toContain(
      `holds more than 65,537 formats, beyond the limit of ${LIMITS.styles.toLocaleString('en-US')}`,
    );
  });

  test('a calendar of 200,000 phases: the day window is computed without a spread', () => {
    const phases = Array.from({ length: 200_000 }, (_, i) => ({
      kind: 'peak' as const,
      start: (19_000 + (i % 30)) as Day,
      end: (19_000 + (i % 30)) as Day,
    }));
    const campaign: CampaignInfo = {
      name: null,
      period: { start: 19_000 as Day, end: 19_029 as Day },
      phases,
      baseline: null,
      periodSource: 'table',
    };
    expect(() => dayWindow(campaign)).not.toThrow();
  });
});
