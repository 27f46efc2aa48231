import { analyzeCampaign, type AnalyzeOptions, type AnalyzeResult } from '../../../src/core/analyze';
import type { RawTable } from '../../../src/core/model/raw';
import { readWorkbook } from '../../../src/xlsx/readWorkbook';

/** The raw tables the .xlsx reader finds in a workbook; fails the test when it cannot read it. */
export async function tablesOf(file: string): Promise<readonly RawTable[]> {
  const read = await readWorkbook(file);
  if (!read.ok) throw new Error(read.error.message['en-US']);
  return read.tables;
}

/** What the engine computes for a workbook, without the command line in between. */
export async function engineResult(file: string, options: AnalyzeOptions = {}): Promise<AnalyzeResult> {
  return analyzeCampaign(await tablesOf(file), options);
}

/** The engine's result for a workbook whose orders could be read; fails the test otherwise. */
export async function engineAnalysis(file: string, options: AnalyzeOptions = {}) {
  const { analysis } = await engineResult(file, options);
  if (!analysis) throw new Error(`no analysis for ${file}`);
  return analysis;
}
