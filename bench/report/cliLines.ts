import { relative } from 'node:path';
import { readerOverFloor, type ChildSummary, type CliResult } from '../cli/cliBench';
import { int, megabytes, ms, ratio, seconds, table } from './format';

export function cliLines(cli: CliResult): string[] {
  const w = cli.workbook;
  const origin = w.writeMs === null ? 'from the cache' : `written in ${seconds(w.writeMs)}`;
  const processRow = (name: string, c: ChildSummary) => [
    name,
    c.ok ? seconds(c.medianWallMs) : `FAILED (exit ${c.runs.find((r) => r.exitCode !== 0)?.exitCode})`,
    seconds(c.medianCpuMs),
    megabytes(c.maxRssMb),
    c.read ? int(c.read.cells) : '',
    c.runs.map((r) => r.load1.toFixed(2)).join(' '),
  ];
  const staged = cli.fupanStages.read;
  const floor = cli.exceljsStream.read;
  const rows = [
    ['', 'wall', 'CPU', 'peak RSS', 'cells seen', 'load (1 min)'],
    processRow('fupan kpis <file> --json > /dev/null', cli.kpis),
    processRow('the same stages, one process:', cli.fupanStages),
  ];
  if (staged?.stages) {
    rows.push(
      ['  Fupan readWorkbook', seconds(staged.ms), '', megabytes(staged.peakRssMb), '', ''],
      ['  ingest', seconds(staged.stages.ingest), '', '', '', ''],
      ['  all KPIs', seconds(staged.stages.kpis), '', '', '', ''],
      ['  all analyses', seconds(staged.stages.analyses), '', '', '', ''],
    );
  }
  rows.push(
    processRow('reader floor: sheets inflated + one scan', cli.floor),
    ...(cli.floor.read ? [['  inflate + scan', seconds(cli.floor.read.ms), '', '', '', '']] : []),
    processRow("exceljs's streaming reader, no processing", cli.exceljsStream),
  );
  const lines = [
    `CLI — one fresh process each, node's default heap limit; ${cli.kpis.runs.length} run(s) each; CPU and peak RSS from ${cli.usageMethod}`,
    `  workbook: ${relative(process.cwd(), w.path)} (${(w.bytes / 2 ** 20).toFixed(1)} MB, ${int(w.orderRows)} order rows under the header, ${w.strings} strings, ${origin})`,
    ...table(rows),
  ];
  if (staged && floor) {
    lines.push(
      `  readWorkbook ${ms(staged.ms)} vs exceljs's plain streaming read ${ms(floor.ms)}: ${ratio(staged.ms / floor.ms)}` +
        (staged.cells === floor.cells
          ? '; both saw the same cells'
          : `; cells differ: ${int(staged.cells)} vs ${int(floor.cells)}`),
    );
  }
  const inflated = cli.floor.read?.inflatedBytes;
  if (staged && cli.floor.read) {
    lines.push(
      `  readWorkbook ${ms(staged.ms)} vs the floor ${ms(cli.floor.read.ms)} (median of ${cli.floor.runs.length} runs, before and after it` +
        `${inflated ? `; ${int(Math.round(inflated / 2 ** 20))} MB of sheet XML` : ''}): ${ratio(readerOverFloor(cli))}`,
    );
  }
  for (const c of [cli.kpis, cli.fupanStages, cli.floor, cli.exceljsStream]) {
    for (const r of c.runs) if (r.exitCode !== 0) lines.push(`  ${c.command} failed: ${r.stderr.trim()}`);
  }
  return lines;
}
