import type { Package } from './pkg/Package';
import { escapeXml } from './xmlText';

const APP_PART = 'docProps/app.xml';

/**
 * Lists the workbook's sheets in the extended properties (docProps/app.xml) as Excel does: a
 * "Worksheets" heading with their count and their names. The input's list no longer matches once Fupan's
 * sheets are added, and a blank workbook's is an empty vector, which ECMA-376's schema forbids.
 */
export async function updateAppProperties(pkg: Package, sheetNames: readonly string[]): Promise<void> {
  if (!pkg.has(APP_PART) || sheetNames.length === 0) return;
  const xml = await pkg.text(APP_PART);
  const prefix =
    /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/docPropsVTypes"/.exec(
      xml,
    )?.[1];
  if (!prefix) return;
  const v = (name: string) => `${prefix}:${name}`;
  const headings =
    `<HeadingPairs><${v('vector')} size="2" baseType="variant">` +
    `<${v('variant')}><${v('lpstr')}>Worksheets</${v('lpstr')}></${v('variant')}>` +
    `<${v('variant')}><${v('i4')}>${sheetNames.length}</${v('i4')}></${v('variant')}>` +
    `</${v('vector')}></HeadingPairs>`;
  const titles =
    `<TitlesOfParts><${v('vector')} size="${sheetNames.length}" baseType="lpstr">` +
    sheetNames.map((name) => `<${v('lpstr')}>${escapeXml(name)}</${v('lpstr')}>`).join('') +
    `</${v('vector')}></TitlesOfParts>`;
  const without = xml
    .replace(/<HeadingPairs>[\s\S]*?<\/HeadingPairs>|<HeadingPairs\/>/, '\u0000')
    .replace(/<TitlesOfParts>[\s\S]*?<\/TitlesOfParts>|<TitlesOfParts\/>/, '');
  // Schema order: HeadingPairs and TitlesOfParts follow ScaleCrop; put them back where HeadingPairs was.
  const updated = without.includes('\u0000')
    ? without.replace('\u0000', headings + titles)
    : without.replace(/(<ScaleCrop>[^<]*<\/ScaleCrop>|<ScaleCrop\/>)/, `$1${headings}${titles}`);
  if (updated.includes(headings)) pkg.put(APP_PART, updated);
}
