import type { ExcelHost } from './host';
import { utf8Length } from './payload';
import { Session } from './session';
import { parseSettings, type FupanSettings, type ParsedSettings } from './settingsSchema';

/**
 * Per-workbook settings live with the workbook, never elsewhere:
 * - normally as one JSON string under SETTINGS_KEY in `workbook.settings` (ExcelApi 1.4; saved with the
 *   workbook, no saveAsync needed). Office gives an add-in 32 KB of settings per document, so Fupan keeps
 *   the JSON under SETTINGS_INLINE_BYTES there;
 * - larger (many tables with many mapped columns) in a custom XML part (ExcelApi 1.5) in SETTINGS_NAMESPACE,
 *   the setting then holding SETTINGS_IN_XML_PART.
 */
export const SETTINGS_KEY = 'fupan.settings';
export const SETTINGS_NAMESPACE = 'urn:fupan:settings';
export const SETTINGS_IN_XML_PART = '@customXmlPart';
export const SETTINGS_INLINE_BYTES = 30_000;

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const unescapeXml = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

export function settingsXml(json: string): string {
  return `<fupanSettings xmlns="${SETTINGS_NAMESPACE}">${escapeXml(json)}</fupanSettings>`;
}

export function jsonFromXml(xml: string): string | undefined {
  const match = /<fupanSettings[^>]*>([\s\S]*)<\/fupanSettings>\s*$/.exec(xml);
  return match ? unescapeXml(match[1] as string) : undefined;
}

/** Loads and validates; missing settings are the defaults, corrupt ones the defaults plus a warning. */
export async function loadSettings(host: ExcelHost): Promise<ParsedSettings> {
  return host.run({ delayForCellEdit: true }, async (context) => {
    const session = new Session(context);
    const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load('value');
    await session.sync();
    if (setting.isNullObject) return parseSettings({ version: 1 });
    const stored: unknown = setting.value;
    if (stored !== SETTINGS_IN_XML_PART) return parseSettings(stored);
    const parts = context.workbook.customXmlParts.getByNamespace(SETTINGS_NAMESPACE).load('items/id');
    await session.sync();
    const part = parts.items[0];
    if (!part) return parseSettings(undefined);
    const xml = part.getXml();
    await session.sync();
    return parseSettings(jsonFromXml(xml.value) ?? '');
  });
}

export interface SaveResult {
  readonly storage: 'settings' | 'customXmlPart';
  readonly bytes: number;
}

/** Saves the settings (two syncs), removing the copy in the other storage so only one is ever current. */
export async function saveSettings(host: ExcelHost, settings: FupanSettings): Promise<SaveResult> {
  const json = JSON.stringify(settings);
  const bytes = utf8Length(json);
  const inline = bytes <= SETTINGS_INLINE_BYTES;
  return host.run({ delayForCellEdit: true }, async (context) => {
    const session = new Session(context);
    const parts = context.workbook.customXmlParts.getByNamespace(SETTINGS_NAMESPACE).load('items/id');
    await session.sync();
    if (inline) {
      for (const part of parts.items) part.delete();
      context.workbook.settings.add(SETTINGS_KEY, json);
    } else {
      const [first, ...extra] = parts.items;
      for (const part of extra) part.delete();
      if (first) first.setXml(settingsXml(json));
      else context.workbook.customXmlParts.add(settingsXml(json));
      context.workbook.settings.add(SETTINGS_KEY, SETTINGS_IN_XML_PART);
    }
    await session.sync();
    return { storage: inline ? 'settings' : 'customXmlPart', bytes };
  });
}
