import { generateSampleCampaign } from '../../../src/core/sample/generateSampleCampaign';

describe('generateSampleCampaign determinism', () => {
  it('gives identical sheets and truth for the same seed and options', () => {
    const a = generateSampleCampaign({ locale: 'zh-CN', seed: 7, orders: 6_000, channels: 5 });
    const b = generateSampleCampaign({ locale: 'zh-CN', seed: 7, orders: 6_000, channels: 5 });
    expect(b).toEqual(a);
  });

  it('gives different data for a different seed', () => {
    const a = generateSampleCampaign({ locale: 'en-US', seed: 1, orders: 5_000 });
    const b = generateSampleCampaign({ locale: 'en-US', seed: 2, orders: 5_000 });
    expect(b.truth.campaign.gmv).not.toBe(a.truth.campaign.gmv);
    expect(b.sheets[0]?.table.rows[0]).not.toEqual(a.sheets[0]?.table.rows[0]);
  });

  it('uses the documented defaults', () => {
    const sample = generateSampleCampaign({ locale: 'en-US' });
    expect(sample.truth.seed).toBe(20251212);
    expect(sample.truth.options).toEqual({ orders: 50_000, channels: 8 });
  });

  it('rejects options outside their bounds', () => {
    expect(() => generateSampleCampaign({ locale: 'en-US', orders: 4_999 })).toThrow(RangeError);
    expect(() => generateSampleCampaign({ locale: 'en-US', orders: 1_048_576 })).toThrow(RangeError);
    expect(() => generateSampleCampaign({ locale: 'en-US', orders: 10_000.5 })).toThrow(RangeError);
    expect(() => generateSampleCampaign({ locale: 'en-US', channels: 1 })).toThrow(RangeError);
    expect(() => generateSampleCampaign({ locale: 'en-US', channels: 9 })).toThrow(RangeError);
    expect(() => generateSampleCampaign({ locale: 'en-US', seed: 1.5 })).toThrow(RangeError);
  });
});
