/**
 * Channel paths written as one text: 'Search > Social > Email' (ChannelAttribution), 'Search → Email'
 * (GA path exploration), 'a->b', 'a,b'. A table's separator is the one found in the most cells, earlier in
 * this list on a tie (so '->' is not taken for '>'). Arrows all mean "then": a table written with arrows is
 * split at every arrow, so 'a -> b' among 'a > b' rows still reads; a list separator (comma, bar) is split
 * at only when it is the table's, so 'Paid, Brand > Email' keeps its comma when most paths use '>'.
 */
const ARROWS = ['->', '=>', '→', '➔', '>', '＞', '›'] as const;
export const PATH_SEPARATORS = [...ARROWS, '|', ',', '，', '、'] as const;
export type PathSeparator = (typeof PATH_SEPARATORS)[number];

/** Longest arrows first, so '->' is one separator and not '-' then '>'; a run such as '>>>' is one too. */
const ANY_ARROW = /(?:->|=>|→|➔|>|＞|›)+/;

/** The separator of a table's paths, or null when no path has more than one step. */
export function pathSeparator(paths: Iterable<string | null>): PathSeparator | null {
  const counts = new Array<number>(PATH_SEPARATORS.length).fill(0);
  for (const path of paths) {
    if (path === null) continue;
    PATH_SEPARATORS.forEach((sep, i) => {
      if (path.includes(sep)) counts[i] = (counts[i] as number) + 1;
    });
  }
  let best = -1;
  counts.forEach((n, i) => {
    if (n > 0 && (best < 0 || n > (counts[best] as number))) best = i;
  });
  return best < 0 ? null : (PATH_SEPARATORS[best] as PathSeparator);
}

/** 'Direct × 3': Google Analytics writes a channel repeated in a row once, with its count. */
const REPEATED = /^(.*\S)\s*×\s*(\d{1,3})$/;

/**
 * The steps of one path, trimmed, 'Direct × 3' written out as three steps; null when a step is empty
 * ('a > > b', '> a', 'a >').
 */
export function pathSteps(path: string, separator: PathSeparator | null): string[] | null {
  const parts =
    separator === null
      ? [path]
      : (ARROWS as readonly string[]).includes(separator)
        ? path.split(ANY_ARROW)
        : path.split(separator);
  const steps: string[] = [];
  for (const part of parts) {
    const step = part.trim();
    if (step === '') return null;
    const repeated = step.includes('×') ? REPEATED.exec(step) : null;
    const times = repeated ? Number(repeated[2]) : 1;
    if (times === 0) return null;
    for (let k = 0; k < times; k++) steps.push(repeated ? (repeated[1] as string) : step);
  }
  return steps;
}
