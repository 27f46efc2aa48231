import JSZip from 'jszip';

/**
 * The hostile corpus, generated: small workbooks built from raw part text, so each test states the one
 * thing wrong with its file. No binary fixtures: the generator is the corpus.
 */

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface HostileParts {
  /** The <sheetData> content of Sheet1 (rows and cells), or the whole part when it starts with '<?xml'. */
  readonly sheet: string;
  /** Extra content inside <workbook> after <sheets> (e.g. <definedNames>). */
  readonly workbookExtra?: string;
  /** The whole workbook.xml, replacing the generated one. */
  readonly workbookXml?: string;
  /** An Excel table on Sheet1: its part's text. */
  readonly tableXml?: string;
  /** More sheets, each a name and its <sheetData> content. */
  readonly moreSheets?: readonly { readonly name: string; readonly sheet: string }[];
  /** xl/styles.xml, related from the workbook. */
  readonly stylesXml?: string;
  /** Store the parts uncompressed (a zip's entries then inflate to exactly their bytes). */
  readonly stored?: boolean;
}

/** A sheetData row: values become inline strings or numbers. */
export function row(r: number, values: readonly (string | number)[]): string {
  const cells = values.map((v, i) => {
    const ref = `${String.fromCharCode(65 + i)}${r}`;
    return typeof v === 'number'
      ? `<c r="${ref}"><v>${v}</v></c>`
      : `<c r="${ref}" t="inlineStr"><is><t>${escape(v)}</t></is></c>`;
  });
  return `<row r="${r}">${cells.join('')}</row>`;
}

/** An orders sheet Fupan recognises: a header and `count` paid orders in November 2023. */
export function ordersRows(count: number, firstRow = 1): string {
  const out = [row(firstRow, ['order_id', 'order_time', 'amount', 'status', 'channel'])];
  for (let i = 0; i < count; i++) {
    out.push(row(firstRow + 1 + i, [`O${i}`, `2023-11-${10 + (i % 3)} 10:00`, 100 + i, 'paid', 'Web']));
  }
  return out.join('');
}

export async function hostileWorkbook(parts: HostileParts): Promise<Buffer> {
  const zip = new JSZip();
  const sheets = [{ name: 'Sheet1', sheet: parts.sheet }, ...(parts.moreSheets ?? [])];
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join('') +
      (parts.stylesXml
        ? `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`
        : '') +
      (parts.tableXml
        ? `<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>`
        : '') +
      `</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    parts.workbookXml ??
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets>` +
        sheets
          .map((s, i) => `<sheet name="${escape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
          .join('') +
        `</sheets>${parts.workbookExtra ?? ''}</workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}">` +
      sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join('') +
      (parts.stylesXml ? `<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>` : '') +
      `</Relationships>`,
  );
  if (parts.stylesXml) zip.file('xl/styles.xml', parts.stylesXml);
  sheets.forEach((s, i) => {
    zip.file(
      `xl/worksheets/sheet${i + 1}.xml`,
      s.sheet.startsWith('<?xml')
        ? s.sheet
        : `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}" xmlns:r="${REL}"><sheetData>${s.sheet}</sheetData>` +
            (i === 0 && parts.tableXml ? '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>' : '') +
            `</worksheet>`,
    );
  });
  if (parts.tableXml) {
    zip.file('xl/tables/table1.xml', parts.tableXml);
    zip.file(
      'xl/worksheets/_rels/sheet1.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/table" Target="../tables/table1.xml"/></Relationships>`,
    );
  }
  return zip.generateAsync({
    type: 'nodebuffer',
    compression: parts.stored ? 'STORE' : 'DEFLATE',
    compressionOptions: { level: 9 },
  });
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/** Byte offsets of the zip's entries, for tests that edit the headers (e.g. to lie about a size). */
export function centralEntries(zip: Buffer): { name: string; offset: number; localOffset: number }[] {
  const out: { name: string; offset: number; localOffset: number }[] = [];
  let at = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(at + 10);
  at = zip.readUInt32LE(at + 16);
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    out.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      offset: at,
      localOffset: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

/** The zip with one entry's declared uncompressed size (central and local headers) set to `size`. */
export function withDeclaredSize(zip: Buffer, part: string, size: number): Buffer {
  const out = Buffer.from(zip);
  const entry = centralEntries(out).find((e) => e.name === part);
  if (!entry) throw new Error(`no entry ${part}`);
  out.writeUInt32LE(size, entry.offset + 24);
  out.writeUInt32LE(size, entry.localOffset + 22);
  return out;
}
