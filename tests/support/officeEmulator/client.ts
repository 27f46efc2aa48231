import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';

/**
 * Microsoft's own Excel JavaScript client (`@microsoft/office-js`, dist/excel-web-16.00.js) loaded into a
 * `vm` realm with a small `window` shim. Every `context.sync()` of its `Excel.run` is handed to `send` as
 * the real RichApi request (`Actions` + `ObjectPaths`), and `send`'s answer is read as Excel's response.
 */
export interface RichApiRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: RichApiRequestBody | string;
}

export interface RichApiRequestBody {
  readonly AutoKeepReference?: boolean;
  readonly Actions: readonly RichApiAction[];
  readonly ObjectPaths: Readonly<Record<string, RichApiObjectPath>>;
}

export interface RichApiAction {
  readonly Id: number;
  /** 1 Instantiate, 2 Query, 3 Method, 4 SetProperty (the client's own numbering). */
  readonly ActionType: number;
  readonly Name: string;
  readonly ObjectPathId: number;
  readonly ArgumentInfo?: { readonly Arguments?: unknown[]; readonly ReferencedObjectPathIds?: number[] };
  readonly QueryInfo?: { readonly Select?: string[]; readonly Expand?: string[] };
}

export interface RichApiObjectPath {
  readonly Id: number;
  /** 1 GlobalObject, 2 NewObject, 3 Method, 4 Property, 5 Indexer, 6 ReferenceId, 7 NullObject. */
  readonly ObjectPathType: number;
  readonly Name: string;
  readonly ParentObjectPathId?: number;
  readonly ArgumentInfo?: { readonly Arguments?: unknown[]; readonly ReferencedObjectPathIds?: number[] };
}

export interface RichApiResponse {
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

export interface OfficeClient {
  readonly Excel: typeof Excel;
  /** The package version the client came from (the hosted office.js may be newer). */
  readonly version: string;
}

const PACKAGE = path.dirname(require.resolve('@microsoft/office-js/package.json'));

export function loadOfficeClient(send: (request: RichApiRequest) => Promise<RichApiResponse>): OfficeClient {
  const file = path.join(PACKAGE, 'dist', 'excel-web-16.00.js');
  const version = (
    JSON.parse(fs.readFileSync(path.join(PACKAGE, 'package.json'), 'utf8')) as { version: string }
  ).version;
  const shim: Record<string, unknown> = {
    setTimeout,
    clearTimeout,
    console,
    Promise,
    navigator: { userAgent: 'node' },
    location: { href: 'https://localhost/' },
    document: {},
  };
  shim.window = shim;
  shim.self = shim;
  const realm = vm.createContext(shim);
  vm.runInContext(fs.readFileSync(file, 'utf8'), realm, { filename: file });
  // Created inside the client's realm: isRequestUrlAndHeaderInfo checks the object's prototype.
  vm.runInContext(
    "OfficeExtension.ClientRequestContext.defaultRequestUrlAndHeaders = { url: 'https://emulator.invalid/', headers: {} }",
    realm,
  );
  const extension = shim.OfficeExtension as {
    HttpUtility: {
      setCustomSendRequestFunc(fn: (request: RichApiRequest) => Promise<RichApiResponse>): void;
    };
  };
  extension.HttpUtility.setCustomSendRequestFunc(send);
  return { Excel: shim.Excel as typeof Excel, version };
}
