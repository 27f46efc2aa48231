import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Configuration } from 'webpack';
import {
  checkHttps,
  checkIconSizes,
  checkResources,
  DEV_ORIGIN,
  listFiles,
  localPaths,
  manifestUrls,
  pngSize,
  ROOT,
  SCHEMA_FILES,
  SCHEMA_DIR,
  validateSchema,
} from './manifestChecks';
import { productionBuild } from '../support/productionBuild';

const MANIFEST = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const PROD_URL = 'https://fupan.example.com/addin/';

type ConfigFactory = (env: Record<string, unknown>, argv: { mode?: string }) => Promise<Configuration>;

/** A copy pattern of CopyWebpackPlugin, as webpack.config.js writes it. */
interface CopyPattern {
  readonly from: string;
  readonly transform?: (content: Buffer, absoluteFrom: string) => Buffer | string;
}

/**
 * The manifest `FUPAN_URL=<url> npm run build` writes: webpack.config.js evaluated with FUPAN_URL set, and its
 * manifest.xml copy transform applied. FUPAN_URL changes nothing else in the build, so the files it names are
 * the shared build's, and the suite builds once instead of twice.
 */
async function productionManifest(fupanUrl: string): Promise<string> {
  const saved = process.env.FUPAN_URL;
  process.env.FUPAN_URL = fupanUrl;
  try {
    const factory = createRequire(__filename)(join(ROOT, 'webpack.config.js')) as ConfigFactory;
    const config = await factory({ WEBPACK_BUILD: true }, { mode: 'production' });
    const patterns = (config.plugins ?? []).flatMap(
      (plugin) => (plugin as { patterns?: readonly CopyPattern[] } | null)?.patterns ?? [],
    );
    const copy = patterns.find((pattern) => pattern.from === 'manifest.xml');
    if (copy === undefined) throw new Error('webpack.config.js copies no manifest.xml');
    const manifest = join(ROOT, 'manifest.xml');
    const out = copy.transform ? copy.transform(readFileSync(manifest), manifest) : readFileSync(manifest);
    return out.toString();
  } finally {
    if (saved === undefined) delete process.env.FUPAN_URL;
    else process.env.FUPAN_URL = saved;
  }
}

function siteReader(dir: string) {
  return (path: string) => {
    const file = join(dir, path);
    return existsSync(file) ? new Uint8Array(readFileSync(file)) : undefined;
  };
}

describe('manifest.xml', () => {
  test('the schema files are present', () => {
    for (const file of SCHEMA_FILES) expect(existsSync(join(SCHEMA_DIR, file))).toBe(true);
  });

  test('validates against the official add-in manifest schemas', async () => {
    expect(await validateSchema(MANIFEST)).toEqual([]);
  });

  test('every resid names a defined resource of the right kind, in at most 32 characters', () => {
    expect(checkResources(MANIFEST)).toEqual([]);
  });

  test('every URL is https', () => {
    expect(manifestUrls(MANIFEST).length).toBeGreaterThan(0);
    expect(checkHttps(MANIFEST)).toEqual([]);
  });

  test('declares an Excel task pane with the Generate retro button on the Home tab', () => {
    expect(MANIFEST).toContain('xsi:type="TaskPaneApp"');
    expect(MANIFEST).toContain('<Id>3c505547-5c28-4b75-8456-9fe54289f7cd</Id>');
    expect(MANIFEST).toContain('<ProviderName>Fupan</ProviderName>');
    expect(MANIFEST).toContain('<Host Name="Workbook"/>');
    expect(MANIFEST).toContain('<Set Name="ExcelApi" MinVersion="1.12"/>');
    expect(MANIFEST).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(MANIFEST).toContain(`<SourceLocation DefaultValue="${DEV_ORIGIN}taskpane.html"/>`);
    expect(MANIFEST).toContain('<OfficeTab id="TabHome">');
    expect(MANIFEST).toContain('<Action xsi:type="ShowTaskpane">');
    expect(MANIFEST).toMatch(
      /<bt:String id="GenerateRetro.Label" DefaultValue="Generate retro">\s*<bt:Override Locale="zh-CN" Value="生成复盘"\/>/,
    );
    expect(MANIFEST).toMatch(/<DisplayName DefaultValue="Fupan">\s*<Override Locale="zh-CN"/);
    expect(MANIFEST).toMatch(/<Description DefaultValue="[^"]+">\s*<Override Locale="zh-CN"/);
  });

  test('the icons in assets/ are PNGs of the size their name says', () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(readFileSync(join(ROOT, 'assets', `icon-${size}.png`)))).toEqual({
        width: size,
        height: size,
      });
    }
  });
});

describe('manifest.xml against the production build', () => {
  let outDir = '';
  let emitted: string[] = [];

  beforeAll(async () => {
    // The build the e2e suites serve too: dist/ when fresh, else one cached build (tests/support).
    outDir = (await productionBuild()).dir;
    emitted = listFiles(outDir);
  }, 600_000);

  test('emits the task pane, its bundle, the manifest and the icons', () => {
    expect(emitted).toEqual(expect.arrayContaining(['taskpane.html', 'manifest.xml', 'assets/icon-16.png']));
    expect(emitted.some((f) => /^taskpane\.[0-9a-f]+\.js$/.test(f))).toBe(true);
    expect(emitted).not.toContain('assets/make-icons.mjs');
    const html = readFileSync(join(outDir, 'taskpane.html'), 'utf8');
    expect(html).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(html).toMatch(/<script[^>]+src="?taskpane\.[0-9a-f]+\.js/);
  });

  test(`every ${DEV_ORIGIN} URL names a file the build emits`, () => {
    const paths = localPaths(MANIFEST);
    expect(paths).toEqual(
      expect.arrayContaining(['taskpane.html', 'assets/icon-16.png', 'assets/icon-80.png']),
    );
    expect(paths.filter((p) => !emitted.includes(p))).toEqual([]);
  });

  test('every icon has the pixel size the manifest and its name say', () => {
    expect(checkIconSizes(MANIFEST, siteReader(outDir))).toEqual([]);
  });

  test('without FUPAN_URL, dist/manifest.xml is manifest.xml', () => {
    expect(readFileSync(join(outDir, 'manifest.xml'), 'utf8')).toBe(MANIFEST);
  });

  test('with FUPAN_URL, every localhost URL points at the production origin and the manifest stays valid', async () => {
    const prod = await productionManifest(PROD_URL.replace(/\/$/, ''));
    expect(prod).not.toContain(DEV_ORIGIN);
    expect(manifestUrls(prod).every(({ url }) => url.startsWith(PROD_URL))).toBe(true);
    expect(await validateSchema(prod)).toEqual([]);
    expect(checkHttps(prod)).toEqual([]);
    const paths = localPaths(prod, PROD_URL);
    expect(paths).toEqual(localPaths(MANIFEST));
    expect(paths.filter((p) => !emitted.includes(p))).toEqual([]);
  });

  test('a missing file or a wrongly sized icon is reported', () => {
    const missing = MANIFEST.replace(`${DEV_ORIGIN}assets/icon-80.png`, `${DEV_ORIGIN}assets/icon-99.png`);
    expect(localPaths(missing).filter((p) => !emitted.includes(p))).toEqual(['assets/icon-99.png']);
    expect(checkIconSizes(missing, siteReader(outDir)).join('\n')).toContain(
      'assets/icon-99.png does not exist',
    );

    const wrongSize = MANIFEST.replace(
      `id="Icon.16x16" DefaultValue="${DEV_ORIGIN}assets/icon-16.png"`,
      `id="Icon.16x16" DefaultValue="${DEV_ORIGIN}assets/icon-32.png"`,
    );
    expect(wrongSize).not.toBe(MANIFEST);
    expect(checkIconSizes(wrongSize, siteReader(outDir)).join('\n')).toContain(
      'icon resid "Icon.16x16": assets/icon-32.png is 32×32, expected 16×16',
    );
  });
});

describe('the manifest checks catch breakage', () => {
  /** Applies a text edit and makes sure it changed something, so a stale edit cannot pass silently. */
  const mutate = (find: string | RegExp, replace: string) => {
    const out = MANIFEST.replace(find, replace);
    expect(out).not.toBe(MANIFEST);
    return out;
  };

  test('a missing <Id>', async () => {
    const errors = await validateSchema(mutate(/<Id>[^<]*<\/Id>\s*/, ''));
    expect(errors.join('\n')).toMatch(
      /Element '\{[^}]+\}Version': This element is not expected\. Expected is .*Id/,
    );
  });

  test('an unknown element', async () => {
    const errors = await validateSchema(
      mutate('<ProviderName>Fupan</ProviderName>', '$&<Colour>teal</Colour>'),
    );
    expect(errors.join('\n')).toMatch(/Element '\{[^}]+\}Colour': This element is not expected/);
  });

  test('an unknown control type', async () => {
    const errors = await validateSchema(mutate('xsi:type="Button"', 'xsi:type="Buton"'));
    expect(errors.join('\n')).toMatch(/Buton.*does not resolve to a type definition/);
  });

  test('a malformed GUID and a too-long display name', async () => {
    const errors = await validateSchema(
      mutate('<Id>3c505547-', '<Id>3c50554-').replace(
        'DisplayName DefaultValue="Fupan"',
        `DisplayName DefaultValue="${'F'.repeat(126)}"`,
      ),
    );
    expect(errors.join('\n')).toMatch(/Element '\{[^}]+\}Id'.*pattern/);
    expect(errors.join('\n')).toMatch(/DefaultValue'.*maxLength/);
  });

  test('XML that is not well-formed', async () => {
    const errors = await validateSchema(mutate('</DefaultSettings>', '</DefaultSetting>'));
    expect(errors.length).toBeGreaterThan(0);
  });

  test('a resid that names no resource', () => {
    const broken = mutate('<Label resid="GenerateRetro.Label"/>', '<Label resid="GenerateRetro.Labels"/>');
    expect(checkResources(broken)).toEqual([
      'resid "GenerateRetro.Labels" on <Label> is not defined in bt:ShortStrings',
    ]);
  });

  test('a resid of the wrong kind', () => {
    const broken = mutate('<Label resid="GenerateRetro.Label"/>', '<Label resid="GenerateRetro.Tooltip"/>');
    expect(checkResources(broken)).toEqual([
      'resid "GenerateRetro.Tooltip" on <Label> is not defined in bt:ShortStrings',
    ]);
  });

  test('a resid longer than 32 characters (the XSD catches it too)', async () => {
    const long = 'GenerateRetro.Label.ThatIsWayTooLong';
    const broken = mutate(/"GenerateRetro\.Label"/g, `"${long}"`);
    expect(checkResources(broken)).toContain(
      `resource id "${long}" is ${long.length} characters (at most 32)`,
    );
    expect((await validateSchema(broken)).join('\n')).toMatch(/maxLength/);
  });

  test('a duplicate resource id', () => {
    const broken = mutate(
      '<bt:String id="Group.Label" DefaultValue="Fupan"/>',
      '$&<bt:String id="Group.Label" DefaultValue="Fupan"/>',
    );
    expect(checkResources(broken)).toEqual([
      'resource id "Group.Label" is defined 2 times in bt:ShortStrings',
    ]);
  });

  test('an http URL', () => {
    const broken = mutate(
      'DefaultValue="https://localhost:3000/support.html"/>',
      'DefaultValue="http://localhost:3000/support.html"/>',
    );
    expect(checkHttps(broken)).toEqual([
      '<SupportUrl>: "http://localhost:3000/support.html" is not an https URL',
    ]);
  });
});
