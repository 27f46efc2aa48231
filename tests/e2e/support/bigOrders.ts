/**
 * An init script that fills the fake workbook with one generated orders sheet of `rows` data rows and 12
 * columns (Excel's 1,048,576 rows at most, with the header): values computed on read, never stored, so the
 * page holds only what the pane reads. Deterministic: the same rows every run.
 */
export function bigOrdersSetup(rows: number): string {
  const build = (dataRows: number) => {
    const header = [
      'Order ID',
      'Order Time',
      'Pay Time',
      'Customer ID',
      'Paid Amount',
      'Status',
      'Channel',
      'Category',
      'SKU',
      'Quantity',
      'Refund Amount',
      'New Customer',
    ];
    const statuses = ['completed', 'completed', 'completed', 'completed', 'shipped', 'refunded', 'cancelled'];
    const channels = ['Organic', 'Search Ads', 'Live Streaming', 'Social', 'Email'];
    const categories = ['Skincare', 'Fragrance', 'Makeup'];
    const days = 30;
    const firstDay = 45962; // 2025-11-01
    const hash = (i: number, salt: number) => (Math.imul(i + 1, 2654435761) ^ Math.imul(salt, 40503)) >>> 0;
    const value = (row: number, col: number): string | number | null => {
      if (row === 0) return header[col] ?? null;
      const i = row - 1;
      const h = hash(i, col);
      const day = Math.floor((i * days) / dataRows);
      const time = firstDay + day + (hash(i, 99) % 86_000) / 86_400;
      const amount = 20 + (hash(i, 4) % 90_000) / 100;
      const status = statuses[hash(i, 5) % statuses.length] as string;
      switch (col) {
        case 0:
          return `SO${String(10_000_000 + i)}`;
        case 1:
          return time;
        case 2:
          return status === 'cancelled' ? null : time + 0.002;
        case 3:
          return `C${String(hash(i, 3) % 400_000)}`;
        case 4:
          return amount;
        case 5:
          return status;
        case 6:
          return channels[h % channels.length] as string;
        case 7:
          return categories[h % categories.length] as string;
        case 8:
          return `SK-${String(h % 60)}`;
        case 9:
          return 1 + (h % 3);
        case 10:
          return status === 'refunded' ? amount : 0;
        default:
          return h % 4 === 0 ? 'Yes' : 'No';
      }
    };
    return { rows: dataRows + 1, cols: header.length, value };
  };
  return `window.__fupanSetup = (excel) => excel.addGeneratedSheet('Orders', (${build.toString()})(${Math.min(rows, 1_048_575)}));`;
}
