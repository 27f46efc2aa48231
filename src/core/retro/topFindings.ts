import type { LocalizedText } from '../model/text';
import type { RetroFact } from './fact';

export interface TopFinding {
  readonly kind: 'highlight' | 'shortfall';
  readonly text: LocalizedText;
}

/**
 * The findings the task pane shows after a run: shortfalls first (what to act on), then highlights, in the
 * order the retro lists them (most important first within each section).
 */
export function topFindings(facts: readonly RetroFact[], count = 3): TopFinding[] {
  const shortfalls = facts
    .filter((f) => f.section === 'shortfalls')
    .map((f) => ({ kind: 'shortfall' as const, text: f.text }));
  const highlights = facts
    .filter((f) => f.section === 'highlights')
    .map((f) => ({ kind: 'highlight' as const, text: f.text }));
  const picked: TopFinding[] = [];
  // Alternate so that one good and one bad finding are always among the first shown when both exist.
  for (let i = 0; picked.length < count && (i < shortfalls.length || i < highlights.length); i++) {
    const s = shortfalls[i];
    const h = highlights[i];
    if (s) picked.push(s);
    if (h && picked.length < count) picked.push(h);
  }
  return picked;
}
