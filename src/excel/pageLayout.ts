import type { PrintPlan } from '../core/plan/types';

/**
 * Queues a sheet's print setup (ExcelApi 1.9, which the caller checks): A4, orientation, one page wide,
 * centred, the margins, the print area, a long table's header repeated on every page, and the footer.
 */
export function queuePageLayout(sheet: Excel.Worksheet, print: PrintPlan): void {
  const layout = sheet.pageLayout;
  layout.paperSize = print.paper;
  layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  layout.centerHorizontally = print.centerHorizontally;
  layout.setPrintMargins('Inches', { ...print.margins });
  layout.setPrintArea(print.area);
  // Office.js takes title rows as whole rows only ('$23:$23').
  if (print.titleRows) layout.setPrintTitleRows(`$${print.titleRows.first + 1}:$${print.titleRows.last + 1}`);
  const footers = layout.headersFooters.defaultForAllPages;
  footers.leftFooter = print.footer.left;
  footers.rightFooter = print.footer.right;
}
