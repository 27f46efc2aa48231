import type { SpendTable } from '../../model/campaign';
import type { ChannelIndex } from '../channelIndex';
import type { DayWindow } from '../dayWindow';

export interface SpendCube {
  /** Cell slot × channels + channel: spend of dated rows. */
  readonly sums: Float64Array;
  readonly rowsByChannel: Int32Array;
  /** Spend of rows without a date (whole-campaign figures), per channel. */
  readonly undated: Float64Array;
  readonly undatedRows: number;
}

/** One pass over the spend rows; an empty spend cell adds nothing. */
export function accumulateSpend(spend: SpendTable, window: DayWindow, channels: ChannelIndex): SpendCube {
  const { start, length } = window;
  const width = channels.size;
  const sums = new Float64Array(length * width);
  const rowsByChannel = new Int32Array(width);
  const undated = new Float64Array(width);
  let undatedRows = 0;
  const channelMap = channels.codes.spend;
  for (let r = 0; r < spend.size; r++) {
    const channel = channelMap ? channelMap[spend.channel.codes[r]! + 1]! : channels.unattributed;
    rowsByChannel[channel]!++;
    const x = spend.spend[r]!;
    const d = spend.day[r]!;
    if (d < 0) {
      undatedRows++;
      if (x === x) undated[channel]! += x;
      continue;
    }
    const slot = d - start;
    if (slot >= 0 && slot < length && x === x) sums[slot * width + channel]! += x;
  }
  return { sums, rowsByChannel, undated, undatedRows };
}
