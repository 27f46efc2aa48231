/**
 * Offline checks of the add-in manifest: XSD validation against the official schemas (schemas/README.md), and
 * the checks an XSD cannot make (resource references, https, files behind the URLs, icon sizes).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';

export const ROOT = join(__dirname, '..', '..');
export const SCHEMA_DIR = join(__dirname, 'schemas');
/** The origin manifest.xml names; the build serves it in development and rewrites it for production. */
export const DEV_ORIGIN = 'https://localhost:3000/';

const NS_BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const ELEMENT_NODE = 1;

/** The root schema first; the others are loaded by the file name its xs:import elements give. */
export const SCHEMA_FILES = [
  'OfficeAppManifestV1_1.xsd',
  'OfficeAppBasicTypesV1_0.xsd',
  'TaskPaneAppVersionOverridesV1_0.xsd',
  'MailAppVersionOverridesV1_0.xsd',
  'MailAppVersionOverridesV1_1.xsd',
] as const;

interface SchemaPatch {
  readonly file: (typeof SCHEMA_FILES)[number];
  readonly find: string;
  readonly replace: string;
}

const XS_HTTPS = 'xmlns:xs="https://www.w3.org/2001/XMLSchema"';
const XS_HTTP = 'xmlns:xs="http://www.w3.org/2001/XMLSchema"';

/**
 * The schema files are kept exactly as published; these patches are applied in memory so that libxml2 can
 * compile them (schemas/README.md explains each one). A patch that no longer matches fails loudly.
 */
export const SCHEMA_PATCHES: readonly SchemaPatch[] = [
  { file: 'OfficeAppBasicTypesV1_0.xsd', find: XS_HTTPS, replace: XS_HTTP },
  { file: 'MailAppVersionOverridesV1_0.xsd', find: XS_HTTPS, replace: XS_HTTP },
  { file: 'MailAppVersionOverridesV1_1.xsd', find: XS_HTTPS, replace: XS_HTTP },
  {
    file: 'OfficeAppBasicTypesV1_0.xsd',
    find: '<xs:pattern value="([0-9]{1,5})(\\.[0-9]{1,5}){0,3}?"/>',
    replace: '<xs:pattern value="([0-9]{1,5})(\\.[0-9]{1,5}){0,3}"/>',
  },
];

let schemaCache: XMLFileInfo[] | undefined;

/** The schema files, patched for libxml2. */
export function loadSchemas(): XMLFileInfo[] {
  if (schemaCache) return schemaCache;
  schemaCache = SCHEMA_FILES.map((fileName) => {
    let contents = readFileSync(join(SCHEMA_DIR, fileName), 'utf8');
    for (const patch of SCHEMA_PATCHES.filter((p) => p.file === fileName)) {
      if (!contents.includes(patch.find))
        throw new Error(`${fileName}: schema patch no longer applies: ${patch.find}`);
      contents = contents.replace(patch.find, patch.replace);
    }
    return { fileName, contents };
  });
  return schemaCache;
}

/** Validates a manifest against the official XSDs; returns libxml2's messages, none when it is valid. */
export async function validateSchema(xml: string): Promise<string[]> {
  const [main, ...imports] = loadSchemas();
  try {
    const result = await validateXML({
      xml: [{ fileName: 'manifest.xml', contents: xml }],
      schema: main ? [main] : [],
      preload: imports,
    });
    return result.valid ? [] : result.errors.map((e) => e.message);
  } catch (err) {
    // xmllint-wasm rejects when the document is not even well-formed XML (or a schema does not compile).
    return [err instanceof Error ? err.message : String(err)];
  }
}

function parse(xml: string): Element {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') errors.push(message);
    },
  }).parseFromString(xml, 'text/xml');
  const root = doc.documentElement;
  if (errors.length > 0 || !root) throw new Error(`manifest is not well-formed XML: ${errors.join('; ')}`);
  return root;
}

function elements(root: Element): Element[] {
  const out: Element[] = [];
  const walk = (el: Element) => {
    out.push(el);
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === ELEMENT_NODE) walk(child as Element);
    }
  };
  walk(root);
  return out;
}

const describeEl = (el: Element) => `<${el.tagName}>`;

type ResourceKind = 'image' | 'url' | 'short' | 'long';

const COLLECTIONS: Record<ResourceKind, string> = {
  image: 'Images',
  url: 'Urls',
  short: 'ShortStrings',
  long: 'LongStrings',
};

/** Which resource collection a `resid` on this element must point into. */
function expectedKind(el: Element): ResourceKind | undefined {
  if (el.namespaceURI === NS_BT && el.localName === 'Image') return 'image';
  switch (el.localName) {
    case 'SourceLocation':
    case 'LearnMoreUrl':
    case 'FunctionFile':
    case 'Runtime':
      return 'url';
    case 'Label':
    case 'Title':
    case 'Namespace':
      return 'short';
    case 'Description':
      return 'long';
    default:
      return undefined;
  }
}

/** The resources defined under VersionOverrides/Resources, by kind: id → DefaultValue. */
export function resources(xml: string): Record<ResourceKind, Map<string, string>> {
  const defined: Record<ResourceKind, Map<string, string>> = {
    image: new Map(),
    url: new Map(),
    short: new Map(),
    long: new Map(),
  };
  for (const el of elements(parse(xml))) {
    if (el.namespaceURI !== NS_BT || !el.hasAttribute('id')) continue;
    const parent = el.parentNode as Element | null;
    const kind = (Object.keys(COLLECTIONS) as ResourceKind[]).find(
      (k) => COLLECTIONS[k] === parent?.localName,
    );
    if (kind) defined[kind].set(el.getAttribute('id') ?? '', el.getAttribute('DefaultValue') ?? '');
  }
  return defined;
}

/**
 * Every resid is at most 32 characters and names a resource of the right kind (an icon an image, a
 * SourceLocation a URL, a Label or Title a short string, a Description a long string); every resource id is
 * unique within its collection and at most 32 characters.
 */
export function checkResources(xml: string): string[] {
  const problems: string[] = [];
  const all = elements(parse(xml));
  const defined = resources(xml);

  for (const el of all) {
    if (el.namespaceURI !== NS_BT || !el.hasAttribute('id')) continue;
    const id = el.getAttribute('id') ?? '';
    const parent = el.parentNode as Element | null;
    if (id.length > 32) problems.push(`resource id "${id}" is ${id.length} characters (at most 32)`);
    const siblings = all.filter((o) => o.parentNode === parent && o.getAttribute('id') === id);
    if (siblings.length > 1 && siblings[0] === el) {
      problems.push(`resource id "${id}" is defined ${siblings.length} times in bt:${parent?.localName}`);
    }
  }

  for (const el of all) {
    if (!el.hasAttribute('resid')) continue;
    const resid = el.getAttribute('resid') ?? '';
    if (resid.length > 32)
      problems.push(`resid "${resid}" on ${describeEl(el)} is ${resid.length} characters (at most 32)`);
    const kind = expectedKind(el);
    if (!kind) {
      problems.push(`resid "${resid}" on ${describeEl(el)}: unknown kind of reference`);
    } else if (!defined[kind].has(resid)) {
      problems.push(`resid "${resid}" on ${describeEl(el)} is not defined in bt:${COLLECTIONS[kind]}`);
    }
  }
  return problems;
}

/** Elements whose DefaultValue (and whose Override children's Value) is a URL. */
const URL_ELEMENTS = new Set([
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'SourceLocation',
  'QueryUri',
  'DictionaryHomePage',
]);

function isUrlElement(el: Element): boolean {
  if (el.namespaceURI === NS_BT) {
    const parent = (el.parentNode as Element | null)?.localName;
    return el.localName === 'Image' ? parent === 'Images' : el.localName === 'Url' && parent === 'Urls';
  }
  return URL_ELEMENTS.has(el.localName ?? '') && el.hasAttribute('DefaultValue');
}

/** Every URL the manifest names (DefaultValue and Override values of URL settings, AppDomain entries). */
export function manifestUrls(xml: string): { where: string; url: string }[] {
  const urls: { where: string; url: string }[] = [];
  for (const el of elements(parse(xml))) {
    if (isUrlElement(el)) {
      urls.push({ where: describeEl(el), url: el.getAttribute('DefaultValue') ?? '' });
      for (let child = el.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === ELEMENT_NODE && (child as Element).localName === 'Override') {
          urls.push({
            where: `${describeEl(el)} override`,
            url: (child as Element).getAttribute('Value') ?? '',
          });
        }
      }
    } else if (el.localName === 'AppDomain') {
      urls.push({ where: describeEl(el), url: (el.textContent ?? '').trim() });
    }
  }
  return urls;
}

/** Every URL is https, and no attribute anywhere carries a plain http URL (namespace names aside). */
export function checkHttps(xml: string): string[] {
  const problems = manifestUrls(xml)
    .filter(({ url }) => !/^https:\/\/[^/\s]+/.test(url))
    .map(({ where, url }) => `${where}: "${url}" is not an https URL`);
  for (const el of elements(parse(xml))) {
    for (let i = 0; i < el.attributes.length; i++) {
      const attr = el.attributes.item(i);
      if (!attr || attr.name === 'xmlns' || attr.name.startsWith('xmlns:')) continue;
      if (/http:\/\//i.test(attr.value) && !isUrlElement(el)) {
        problems.push(`${describeEl(el)} ${attr.name}: "${attr.value}" is not an https URL`);
      }
    }
  }
  return problems;
}

/** Paths (relative to the site root) of the manifest URLs under `origin`, without query or fragment. */
export function localPaths(xml: string, origin = DEV_ORIGIN): string[] {
  const paths = manifestUrls(xml)
    .map(({ url }) => url)
    .filter((url) => url.startsWith(origin))
    .map((url) => decodeURIComponent(url.slice(origin.length).replace(/[?#].*$/, '')));
  return [...new Set(paths)].sort();
}

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunkType = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunkType !== 'IHDR') return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Files under `dir`, as forward-slash paths relative to it. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * Icons are as large as they claim: an icon list's `<bt:Image size="N">` points at an N×N PNG, `icon-N.png`
 * is N×N, and IconUrl / HighResolutionIconUrl are 32×32 / 64×64 (the sizes Office asks for).
 */
export function checkIconSizes(
  xml: string,
  readSiteFile: (path: string) => Uint8Array | undefined,
  origin = DEV_ORIGIN,
): string[] {
  const problems: string[] = [];
  const expectSize = (where: string, url: string, size: number) => {
    if (!url.startsWith(origin)) return;
    const path = url.slice(origin.length);
    const bytes = readSiteFile(path);
    const dims = bytes && pngSize(bytes);
    if (!bytes) problems.push(`${where}: ${path} does not exist`);
    else if (!dims) problems.push(`${where}: ${path} is not a PNG`);
    else if (dims.width !== size || dims.height !== size) {
      problems.push(`${where}: ${path} is ${dims.width}×${dims.height}, expected ${size}×${size}`);
    }
  };

  const images = resources(xml).image;
  for (const el of elements(parse(xml))) {
    if (
      el.namespaceURI === NS_BT &&
      el.localName === 'Image' &&
      el.hasAttribute('size') &&
      el.hasAttribute('resid')
    ) {
      const url = images.get(el.getAttribute('resid') ?? '');
      if (url) expectSize(`icon resid "${el.getAttribute('resid')}"`, url, Number(el.getAttribute('size')));
    }
    if (el.localName === 'IconUrl') expectSize('IconUrl', el.getAttribute('DefaultValue') ?? '', 32);
    if (el.localName === 'HighResolutionIconUrl')
      expectSize('HighResolutionIconUrl', el.getAttribute('DefaultValue') ?? '', 64);
  }
  for (const { where, url } of manifestUrls(xml)) {
    const named = /icon-(\d+)\.png$/.exec(url);
    if (named?.[1]) expectSize(where, url, Number(named[1]));
  }
  return [...new Set(problems)];
}
