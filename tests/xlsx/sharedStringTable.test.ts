import JSZip from 'jszip';
import { readSharedStrings } from '../../src/xlsx/read/sharedStrings';
import { readSharedStringLookup, SharedStringTable } from '../../src/xlsx/read/sharedStringTable';
import { ZipArchive } from '../../src/xlsx/zip/ZipArchive';

const PART = 'xl/sharedStrings.xml';
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

async function archiveWith(sst: string): Promise<ZipArchive> {
  const zip = new JSZip();
  zip.file(PART, sst);
  return ZipArchive.open(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

/** The texts both readers give, and whether the byte-level table read the part. */
async function both(items: string, prolog = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n') {
  const zip = await archiveWith(`${prolog}<sst xmlns="${NS}" count="9" uniqueCount="9">${items}</sst>`);
  try {
    const general = await readSharedStrings(zip, PART);
    const lookup = await readSharedStringLookup(zip, PART);
    const texts = general.map((_, i) => ('get' in lookup ? lookup.get(i) : lookup[i]));
    const past = 'get' in lookup ? lookup.get(general.length) : lookup[general.length];
    return { general, texts, past, table: lookup instanceof SharedStringTable };
  } finally {
    zip.close();
  }
}

describe('the shared-string table read from bytes, decoded on demand', () => {
  test('plain, preserved, escaped, rich and phonetic items read as readSharedStrings reads them', async () => {
    const items =
      '<si><t>渠道</t></si><si><t xml:space="preserve"> a &amp; b &lt;c&gt; </t></si>' +
      '<si><t>line_x000D_break &#20013;</t></si><si><t></t></si><si><t/></si>' +
      '<si><r><rPr><b/></rPr><t>ri</t></r><r><t xml:space="preserve">ch </t></r><rPh sb="0" eb="1"><t>ruby</t></rPh></si>' +
      '<si><t>1 &gt; 0</t></si>';
    const { general, texts, past, table } = await both(items);
    expect(table).toBe(true);
    expect(general).toEqual(['渠道', ' a & b <c> ', 'line\rbreak 中', '', '', 'rich ', '1 > 0']);
    expect(texts).toEqual(general);
    expect(past).toBeUndefined();
  });

  test('thousands of items across many chunks', async () => {
    const items = Array.from(
      { length: 40_000 },
      (_, i) => `<si><t>SO2025${i}-标-${'x'.repeat(i % 17)}</t></si>`,
    );
    const { general, texts, table } = await both(items.join('\n'));
    expect(table).toBe(true);
    expect(general).toHaveLength(40_000);
    expect(texts).toEqual(general);
  });

  test.each([
    ['a comment', '<si><t>a</t></si><!-- <si><t>b</t></si> --><si><t>c</t></si>'],
    ['a CDATA section', '<si><t><![CDATA[x < y </si>]]></t></si><si><t>c</t></si>'],
    ['prefixed names', '<si><x:t>a</x:t></si><si><t>c</t></si>'],
    ['an unknown element', '<si><t>a</t></si><extLst/><si><t>c</t></si>'],
  ])('%s: read by the general scanner, the same texts', async (_name, items) => {
    const { general, texts, table } = await both(items);
    expect(table).toBe(false);
    expect(texts).toEqual(general);
  });

  test('a DTD before the table is read the general way', async () => {
    const { general, texts, table } = await both(
      '<si><t>a</t></si>',
      '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY e "boom">]>',
    );
    expect(table).toBe(false);
    expect(texts).toEqual(general);
  });
});
