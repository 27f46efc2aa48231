/**
 * Every user-facing message, by area, both languages side by side. Add a module per area and re-export it
 * here; nothing outside src/core/messages builds a LocalizedText.
 */
export * as ingestMessages from './ingest';
export { fieldName, TABLE_KIND_NAMES } from './names';
