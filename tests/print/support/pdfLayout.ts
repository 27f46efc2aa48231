import { execFileSync } from 'node:child_process';

/** A word poppler found on a page, in points from the page's top-left corner. */
export interface PdfWord {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

export interface PdfPage {
  /** 1-based. */
  readonly number: number;
  readonly width: number;
  readonly height: number;
  /** In reading order: top to bottom, then left to right within a line. */
  readonly words: readonly PdfWord[];
}

const unescape = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Lines top to bottom (words of one line differ in yMin by a fraction of a point), each left to right. */
function readingOrder(words: readonly PdfWord[]): PdfWord[] {
  const lines: PdfWord[][] = [];
  for (const word of [...words].sort((a, b) => a.yMin - b.yMin)) {
    const line = lines[lines.length - 1];
    if (line && word.yMin - (line[0]?.yMin ?? 0) < 2) line.push(word);
    else lines.push([word]);
  }
  return lines.flatMap((line) => line.sort((a, b) => a.xMin - b.xMin));
}

/** Every page of a PDF with its size and words (`pdftotext -bbox`). */
export function pdfLayout(pdf: string): PdfPage[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 << 20 });
  const pages: PdfPage[] = [];
  for (const [, width, height, body] of html.matchAll(
    /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g,
  )) {
    const words: PdfWord[] = [];
    for (const [, xMin, yMin, xMax, yMax, text] of (body ?? '').matchAll(
      /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g,
    )) {
      words.push({
        text: unescape(text ?? ''),
        xMin: Number(xMin),
        yMin: Number(yMin),
        xMax: Number(xMax),
        yMax: Number(yMax),
      });
    }
    pages.push({
      number: pages.length + 1,
      width: Number(width),
      height: Number(height),
      words: readingOrder(words),
    });
  }
  return pages;
}

/** Text without any whitespace: how wrapped lines compare with the sentence they came from. */
export const squeeze = (text: string): string => text.replace(/\s+/g, '');

/** The words of pages, squeezed and joined in reading order. */
export function pageText(pages: readonly PdfPage[], keep: (word: PdfWord) => boolean = () => true): string {
  return pages
    .map((p) =>
      p.words
        .filter(keep)
        .map((w) => squeeze(w.text))
        .join(''),
    )
    .join('');
}
