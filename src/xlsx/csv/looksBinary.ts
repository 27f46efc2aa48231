/**
 * Whether decoded "CSV" text is really binary data (random bytes, an image, a workbook renamed .csv):
 * text files hold no NUL, and hardly any other control characters or undecodable bytes. Looks at the
 * first 64 KiB only; a real CSV file's first lines are as textual as the rest.
 */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 64 * 1024);
  if (n === 0) return false;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd || c === 0x7f) odd++;
  }
  return odd > Math.max(32, n / 50);
}
