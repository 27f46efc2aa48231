import { chiSquareGoodnessOfFit } from '../../../../src/core/analysis/math/chiSquareGoodnessOfFit';
import { chiSquareSf, studentTCdf, studentTTwoSided } from '../../../../src/core/analysis/math/distributions';
import { erf, erfc } from '../../../../src/core/analysis/math/erfc';
import { logGamma } from '../../../../src/core/analysis/math/logGamma';
import { median } from '../../../../src/core/analysis/math/median';
import { normalCdf, normalQuantile } from '../../../../src/core/analysis/math/normal';
import { regularizedBeta } from '../../../../src/core/analysis/math/regularizedBeta';
import { robustScale, robustZ } from '../../../../src/core/analysis/math/robustScale';
import { twoProportionZTest } from '../../../../src/core/analysis/math/twoProportionZTest';
import { summaryFromSums, welchTTest } from '../../../../src/core/analysis/math/welchTTest';

// Reference values: mpmath 1.3.0 at 30 significant digits and SciPy 1.17.1 (computed once, pasted here).

describe('erfc', () => {
  it.each([
    [0, 1],
    [0.1, 0.8875370839817151016],
    [0.5, 0.47950012218695346232],
    [1, 0.15729920705028513066],
    [2, 0.0046777349810472658379],
    [2.4999, 0.00040716990033345138112],
    [2.5, 0.00040695201744495893956],
    [3, 0.000022090496998585441373],
    [-1, 1.8427007929497148693],
    [-3, 1.9999779095030014146],
  ])('matches mpmath at %p to 1e-15', (x, expected) => {
    expect(Math.abs(erfc(x) - expected)).toBeLessThan(1e-15);
  });

  it.each([
    [5, 1.5374597944280348502e-12],
    [10, 2.088487583762544757e-45],
    [20, 5.3958656116079009289e-176],
  ])('keeps its relative accuracy in the far tail at %p', (x, expected) => {
    expect(Math.abs(erfc(x) / expected - 1)).toBeLessThan(1e-13);
  });

  it('is the complement of erf and NaN for NaN', () => {
    expect(erf(0.7) + erfc(0.7)).toBeCloseTo(1, 15);
    expect(erf(-3) + erfc(-3)).toBeCloseTo(1, 15);
    expect(erfc(NaN)).toBeNaN();
  });
});

describe('the standard normal', () => {
  it.each([
    [-1.3109241984234394, 0.094941687240975505356],
    [1.96, 0.97500210485177956379],
    [-5, 2.8665157187919391167e-7],
    [-10, 7.619853024160526066e-24],
    [-37, 5.7255712225245768227e-300],
  ])('CDF at %p matches mpmath to 1e-12 relative', (z, expected) => {
    expect(Math.abs(normalCdf(z) / expected - 1)).toBeLessThan(1e-12);
  });

  it('quantile inverts the CDF (SciPy norm.ppf)', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 13);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 12);
    expect(normalQuantile(0.3)).toBeCloseTo(-0.5244005127080409, 13);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(2)).toBeNaN();
  });
});

describe('special functions', () => {
  it('logGamma matches mpmath', () => {
    expect(logGamma(0.5)).toBeCloseTo(0.57236494292470008707, 14);
    expect(logGamma(10.3)).toBeCloseTo(13.482036786138358593, 13);
    expect(logGamma(1e5) / 1051287.708973656894900858 - 1).toBeLessThan(1e-14);
    expect(logGamma(1)).toBeCloseTo(0, 14);
  });

  it('the regularized incomplete beta matches SciPy beta.cdf', () => {
    expect(regularizedBeta(0.3, 2.5, 4)).toBeCloseTo(0.3521975859067672, 14);
    expect(regularizedBeta(0.01, 0.5, 30)).toBeCloseTo(0.560665631094749, 13);
    expect(regularizedBeta(0, 2, 3)).toBe(0);
    expect(regularizedBeta(1, 2, 3)).toBe(1);
  });

  it("Student's t matches SciPy t.cdf, with fractional degrees of freedom", () => {
    expect(studentTCdf(2, 3)).toBeCloseTo(0.9303370157205785, 14);
    expect(studentTCdf(-1.5, 7.3)).toBeCloseTo(0.08778154640154305, 14);
    expect(studentTTwoSided(10, 2.5)).toBeCloseTo(0.0044414957673074235, 14);
    expect(studentTCdf(0.3, 1000.5)).toBeCloseTo(0.6178802634936338, 13);
    expect(studentTCdf(1.96, Infinity)).toBeCloseTo(normalCdf(1.96), 15);
  });

  it('the chi-square upper tail matches SciPy chi2.sf', () => {
    expect(chiSquareSf(3.84, 1)).toBeCloseTo(0.05004352124870519, 14);
    expect(chiSquareSf(25, 3) / 1.5440498291101365e-5 - 1).toBeLessThan(1e-12);
    expect(chiSquareSf(0.5, 4)).toBeCloseTo(0.9735009788392561, 14);
    expect(chiSquareSf(200, 5) / 2.8406228986415534e-41 - 1).toBeLessThan(1e-10);
    expect(chiSquareSf(0, 2)).toBe(1);
  });
});

describe('robust statistics', () => {
  it('median handles odd, even, empty and NaN', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
    expect(robustScale([NaN]).median).toBeNull();
    expect(median([NaN, 5, NaN])).toBe(5);
  });

  it('robust z is 0.6745 · (x − median) / MAD', () => {
    // baseline 10, 12, 11, 13, 9: median 11, |deviations| 1, 1, 0, 2, 2 → MAD 1.
    const scale = robustScale([10, 12, 11, 13, 9]);
    expect(scale.median).toBe(11);
    expect(scale.mad).toBe(1);
    expect(scale.method).toBe('mad');
    expect(robustZ(20, scale)).toBeCloseTo(0.6745 * 9, 12);
  });

  it('falls back to 1.2533 × the mean absolute deviation when MAD is 0', () => {
    // 5, 5, 5, 5, 10: median 5, deviations 0, 0, 0, 0, 5 → MAD 0, mean AD 1 → scale √(π/2).
    const scale = robustScale([5, 5, 5, 5, 10]);
    expect(scale.method).toBe('mean_absolute_deviation');
    expect(robustZ(7, scale)).toBeCloseTo(2 / Math.sqrt(Math.PI / 2), 12);
  });

  it('gives no z for a constant baseline', () => {
    const scale = robustScale([4, 4, 4]);
    expect(scale.method).toBe('constant');
    expect(robustZ(100, scale)).toBeNull();
    expect(robustZ(1, robustScale([]))).toBeNull();
  });
});

describe('the two-proportion z-test', () => {
  it('reproduces the published ab_data.csv landing-page result', () => {
    // ab_data.csv (294,478 rows) after removing the 3,893 rows whose group and landing page disagree and
    // the one repeated user: control 17,489 / 145,274 converted, treatment 17,264 / 145,310.
    // statsmodels proportions_ztest([17489, 17264], [145274, 145310]) → z = 1.3109241984234394,
    // p = 0.18988337448195103 (two-sided); treatment − control is −0.157824 pp with the 95 % interval
    // [−0.393786, +0.078138] pp from the unpooled standard error.
    const test = twoProportionZTest(
      { successes: 17_489, trials: 145_274 },
      { successes: 17_264, trials: 145_310 },
    );
    expect(test).not.toBeNull();
    if (!test) return;
    expect(test.controlRate).toBeCloseTo(0.120386, 6);
    expect(test.treatmentRate).toBeCloseTo(0.118808, 6);
    expect(test.z).toBeCloseTo(-1.3109241984234394, 12);
    expect(test.pValue).toBeCloseTo(0.18988337448195103, 12);
    expect(test.difference * 100).toBeCloseTo(-0.157824, 6);
    expect(test.ciLow * 100).toBeCloseTo(-0.393786, 6);
    expect(test.ciHigh * 100).toBeCloseTo(0.078138, 6);
  });

  it('is null for an empty group or no variance at all', () => {
    expect(twoProportionZTest({ successes: 0, trials: 0 }, { successes: 1, trials: 2 })).toBeNull();
    expect(twoProportionZTest({ successes: 0, trials: 10 }, { successes: 0, trials: 10 })).toBeNull();
  });
});

describe("Welch's t-test", () => {
  it('matches SciPy ttest_ind(equal_var=False)', () => {
    // control 1, 2, 3, 4, 5, 10: mean 4.1667, variance 10.1667; treatment 2, 4, 6, 8, 30: mean 10, variance 130.
    const control = summaryFromSums(6, 25, 1 + 4 + 9 + 16 + 25 + 100);
    const treatment = summaryFromSums(5, 50, 4 + 16 + 36 + 64 + 900);
    expect(control.variance).toBeCloseTo(10.166666666666666, 12);
    const test = welchTTest(control, treatment);
    expect(test?.t).toBeCloseTo(1.1084611216341886, 12);
    expect(test?.df).toBeCloseTo(4.522988312230795, 12);
    expect(test?.pValue).toBeCloseTo(0.3230959681463929, 12);
  });

  it('is null with fewer than two values or zero variance', () => {
    expect(welchTTest({ n: 1, mean: 1, variance: NaN }, { n: 5, mean: 2, variance: 1 })).toBeNull();
    expect(welchTTest({ n: 3, mean: 1, variance: 0 }, { n: 3, mean: 2, variance: 0 })).toBeNull();
  });
});

describe('the chi-square goodness-of-fit test', () => {
  it('matches SciPy chisquare for three groups', () => {
    // 120, 80, 100 against 100 each: χ² = (400 + 400 + 0) / 100 = 8, df 2, p = e^{−4} = 0.0183.
    const test = chiSquareGoodnessOfFit([120, 80, 100], [1, 1, 1]);
    expect(test?.chiSquare).toBe(8);
    expect(test?.pValue).toBeCloseTo(Math.exp(-4), 14);
  });

  it('finds no sample-ratio mismatch in ab_data.csv (SciPy: χ² = 0.00446, p = 0.9468)', () => {
    const test = chiSquareGoodnessOfFit([145_274, 145_310], [0.5, 0.5]);
    expect(test?.chiSquare).toBeCloseTo(0.004459984032155934, 12);
    expect(test?.pValue).toBeCloseTo(0.9467543681597944, 12);
  });

  it('is null without data', () => {
    expect(chiSquareGoodnessOfFit([0, 0], [1, 1])).toBeNull();
    expect(chiSquareGoodnessOfFit([5], [1])).toBeNull();
    expect(chiSquareGoodnessOfFit([5, 5], [1, 0])).toBeNull();
  });
});
