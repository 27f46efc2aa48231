import { act } from 'react';
import { mountTaskpane } from '../../src/taskpane/index';
import { FakeExcel } from '../support/excelFake/fakeExcel';

type Info = { host: string | null; platform: string | null };
const globals = globalThis as unknown as {
  Office?: unknown;
  Excel?: unknown;
  IS_REACT_ACT_ENVIRONMENT?: boolean;
};

/** A stand-in for office.js: Office.onReady calls back with `info`, or never when `info` is undefined. */
function fakeOffice(info: Info | undefined, displayLanguage?: string, excel?: FakeExcel) {
  if (excel) globals.Excel = { run: excel.host.run };
  globals.Office = {
    HostType: { Excel: 'Excel', Word: 'Word' },
    context: {
      displayLanguage,
      requirements: {
        isSetSupported: (_set: string, version: string) => excel?.host.isSetSupported(version),
      },
    },
    onReady: (callback: (i: Info) => void) => {
      if (!info) return new Promise(() => undefined);
      callback(info);
      return Promise.resolve(info);
    },
  };
}

async function mount(timeoutMs?: number) {
  const container = document.createElement('div');
  document.body.append(container);
  let view = '';
  await act(async () => {
    view = await mountTaskpane(container, timeoutMs);
  });
  return { view, text: container.textContent ?? '', container };
}

beforeAll(() => {
  globals.IS_REACT_ACT_ENVIRONMENT = true;
});

afterEach(() => {
  delete globals.Office;
  delete globals.Excel;
  document.body.innerHTML = '';
});

describe('task pane entry', () => {
  test('renders the app inside Excel', async () => {
    fakeOffice({ host: 'Excel', platform: 'PC' });
    const { view, text } = await mount();
    expect(view).toBe('app');
    expect(text).toContain('Fupan 复盘');
  });

  test('speaks Office’s display language and reads the workbook through the Excel host', async () => {
    fakeOffice({ host: 'Excel', platform: 'PC' }, 'zh-TW', new FakeExcel());
    const { container } = await mount();
    for (let i = 0; i < 20 && !container.textContent?.includes('没有找到活动数据'); i++) {
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 10));
      });
    }
    expect(container.querySelector('main')?.getAttribute('lang')).toBe('zh-CN');
    expect(container.textContent).toContain('没有找到活动数据');
    expect(container.textContent).toContain('插入示例活动');
  });

  test('asks to open Fupan in Excel when another Office app hosts it', async () => {
    fakeOffice({ host: 'Word', platform: 'PC' });
    const { view, text } = await mount();
    expect(view).toBe('not-excel');
    expect(text).toContain('Open Fupan in Excel');
    expect(text).toContain('请在 Excel 中打开 Fupan');
  });

  test('asks to open Fupan in Excel in a plain browser (office.js reports no host)', async () => {
    fakeOffice({ host: null, platform: null });
    expect((await mount()).view).toBe('not-excel');
  });

  test('does not crash when office.js could not load', async () => {
    const { view, text } = await mount();
    expect(view).toBe('not-excel');
    expect(text).toContain('Open Fupan in Excel');
  });

  test('recovers when Office.onReady answers after the message was shown (a slow cold start)', async () => {
    let ready: ((info: Info) => void) | undefined;
    fakeOffice(undefined);
    (globals.Office as { onReady: unknown }).onReady = (callback: (i: Info) => void) =>
      new Promise((resolve) => {
        ready = (info) => {
          callback(info);
          resolve(info);
        };
      });
    const { view, container } = await mount(20);
    expect(view).toBe('not-excel');
    expect(container.textContent).toContain('Open Fupan in Excel');
    await act(async () => {
      ready?.({ host: 'Excel', platform: 'PC' });
      await Promise.resolve();
    });
    expect(container.textContent).toContain('Fupan 复盘');
    expect(container.textContent).not.toContain('Open Fupan in Excel');
  });

  test('falls back to the message when Office.onReady never answers', async () => {
    fakeOffice(undefined);
    const { view } = await mount(20);
    expect(view).toBe('not-excel');
  });
});
