import { isBudgetBound, type BudgetBounds } from '../core/nextPlan/budgetBounds';

/**
 * Parses the `--budget-bound` values of `fupan retro`: `0.3` (or `30%`) bounds every channel's budget move
 * to ±30 %; `直通车=0.2` bounds one channel (by name, trimmed and case-insensitive, as channels are matched
 * everywhere). The option may repeat; a channel's own bound wins over the bound for all. Returns the first
 * value that does not parse as the error, so the message can quote it.
 */
export function parseBudgetBounds(
  texts: readonly string[],
): { readonly ok: true; readonly bounds: BudgetBounds } | { readonly ok: false; readonly text: string } {
  let all: number | undefined;
  const byChannel: Record<string, number> = {};
  const seen = new Set<string>();
  for (const text of texts) {
    const eq = text.lastIndexOf('=');
    const channel = eq < 0 ? null : text.slice(0, eq).trim();
    const bound = parseBound(eq < 0 ? text : text.slice(eq + 1));
    if (bound === null || channel === '') return { ok: false, text };
    // The same channel (or the bound for all) twice is a contradiction, not an override.
    const key = channel === null ? '' : `=${channel.toLowerCase()}`;
    if (seen.has(key)) return { ok: false, text };
    seen.add(key);
    if (channel === null) all = bound;
    else byChannel[channel] = bound;
  }
  const named = Object.keys(byChannel).length > 0;
  return { ok: true, bounds: { ...(all !== undefined ? { all } : {}), ...(named ? { byChannel } : {}) } };
}

/** '0.3' or '30%' → 0.3; null unless a number from 0 to 1 (0 % to 100 %). */
function parseBound(text: string): number | null {
  const t = text.trim();
  const percent = t.endsWith('%');
  const digits = percent ? t.slice(0, -1).trim() : t;
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(digits)) return null;
  const value = Number(digits) / (percent ? 100 : 1);
  return isBudgetBound(value) ? value : null;
}
