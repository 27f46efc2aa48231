import { analyzeCampaign } from '../../../src/core/analyze';
import { targetProposalFor } from '../../../src/core/nextPlan/targetInputs';
import { plannedChannel, plannedTotal } from '../../../src/core/nextPlan/targets';
import { generateSampleCampaign } from '../../../src/core/sample/generateSampleCampaign';

describe('the targets proposal of the sample campaign', () => {
  const sample = generateSampleCampaign({ locale: 'en-US', orders: 5_000 });
  const analysis = analyzeCampaign(sample.sheets.map((s) => s.table)).analysis!;
  const proposal = targetProposalFor(analysis)!;

  it('splits each channel’s paid sales into UV × CVR × value exactly', () => {
    expect(proposal.levels.length).toBe(analysis.report.byChannel.length);
    const zero = { uv: 0, cvr: 0, value: 0 };
    analysis.report.byChannel.forEach((c, i) => {
      const planned = plannedChannel(proposal.levels[i]!, zero);
      expect(planned.sales).toBeCloseTo(c.measures.paid_sales.value ?? 0, 6);
      expect(planned.orders).toBeCloseTo(c.measures.paid_orders.value ?? 0, 6);
    });
    const total = plannedTotal(proposal.levels.map((l) => plannedChannel(l, zero)));
    expect(total.spend).toBeCloseTo(analysis.report.total.measures.spend.value!, 6);
  });

  it('orders the scenarios conservative < base < stretch, each from its spread and headroom', () => {
    const [low, base, high] = proposal.scenarios.map((s) => s.total.sales);
    expect(low!).toBeLessThan(base!);
    expect(base!).toBeLessThan(high!);
    for (const f of ['uv', 'cvr', 'value'] as const) {
      const b = proposal.bases[f];
      expect(b.spread).not.toBeNull();
      expect(b.change.conservative).toBeCloseTo(-b.spread!, 12);
    }
    // The sample missed its CVR target: that is the headroom.
    const cvr = proposal.bases.cvr;
    expect(cvr.target).not.toBeNull();
    expect(cvr.headroom).toBeCloseTo(cvr.target! / cvr.actual - 1, 12);
  });
});
