/** A target as typed: digits with optional thousands separators (1,000,000 / 1 000 000); null if not a number. */
export function parseTargetValue(text: string): number | null {
  const cleaned = text.replace(/[,\s\u00a0，]/g, '');
  if (cleaned === '' || !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}
