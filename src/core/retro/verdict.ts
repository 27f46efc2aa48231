import type { LocalizedText } from '../model/text';

export const VERDICTS = ['success', 'basic_success', 'challenged', 'not_assessed'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_LABELS: Readonly<Record<Verdict, LocalizedText>> = {
  success: { 'zh-CN': '成功', 'en-US': 'Success' },
  basic_success: { 'zh-CN': '基本成功', 'en-US': 'Basic success' },
  challenged: { 'zh-CN': '未达预期', 'en-US': 'Challenged' },
  not_assessed: { 'zh-CN': '未评估（无目标）', 'en-US': 'Not assessed (no targets)' },
};

export interface TargetOutcome {
  readonly kpi: string | null;
  /** null when the actual could not be computed. */
  readonly attainment: number | null;
}

/** Sales targets in order of preference: the first one present is the campaign's primary goal. */
const PRIMARY_GOALS = ['gmv', 'paid_sales', 'net_sales'];

export interface VerdictThresholds {
  /** Attainment at or above which a target counts as met. */
  readonly met: number;
  /** Attainment at or above which a target counts as nearly met. */
  readonly nearlyMet: number;
}

export const DEFAULT_THRESHOLDS: VerdictThresholds = { met: 1, nearlyMet: 0.9 };

/**
 * The overall verdict (retro section 7), from target attainment only:
 * - success: the primary sales goal is met and no assessed target is missed;
 * - basic success: the primary goal is at least nearly met and at most half of the assessed targets are missed;
 * - challenged: otherwise;
 * - not assessed: no target could be assessed.
 * Without a sales target, the best-attained assessed target stands in as the primary goal.
 */
export function computeVerdict(
  targets: readonly TargetOutcome[],
  thresholds: VerdictThresholds = DEFAULT_THRESHOLDS,
): Verdict {
  const assessed = targets.filter((t): t is TargetOutcome & { attainment: number } => t.attainment !== null);
  if (assessed.length === 0) return 'not_assessed';
  const primary =
    PRIMARY_GOALS.map((id) => assessed.find((t) => t.kpi === id)).find((t) => t !== undefined) ??
    assessed.reduce((best, t) => (t.attainment > best.attainment ? t : best));
  const missed = assessed.filter((t) => t.attainment < thresholds.nearlyMet).length;
  if (primary.attainment >= thresholds.met && missed === 0) return 'success';
  if (primary.attainment >= thresholds.nearlyMet && missed <= assessed.length / 2) return 'basic_success';
  return 'challenged';
}
