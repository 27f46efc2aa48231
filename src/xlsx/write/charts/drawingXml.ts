import type { ChartPlan } from '../../../core/plan/types';
import { NS, XML_DECLARATION } from '../pkg/ooxml';
import { escapeXml } from '../xmlText';

/**
 * A drawing part holding one graphic frame per chart, each anchored to the cells the plan gives (the
 * `to` cell is covered whole). `chartRelIds[i]` is the drawing's relationship id for chart i.
 */
export function drawingXml(charts: readonly ChartPlan[], chartRelIds: readonly string[]): string {
  const anchors = charts.map((chart, i) => {
    const { from, to } = chart.anchor;
    const marker = (tag: string, row: number, col: number): string =>
      `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff>` +
      `<xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    return (
      '<xdr:twoCellAnchor editAs="oneCell">' +
      marker('from', from.row, from.col) +
      marker('to', to.row + 1, to.col + 1) +
      '<xdr:graphicFrame macro="">' +
      `<xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(chart.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${NS.chart}">` +
      `<c:chart xmlns:c="${NS.chart}" r:id="${chartRelIds[i] ?? ''}"/>` +
      '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
    );
  });
  return (
    XML_DECLARATION +
    `<xdr:wsDr xmlns:xdr="${NS.drawing}" xmlns:a="${NS.a}" xmlns:r="${NS.rel}">${anchors.join('')}</xdr:wsDr>`
  );
}
