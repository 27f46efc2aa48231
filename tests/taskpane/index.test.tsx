import { act } from 'react';
import { mountTaskpane } from '../../src/taskpane/index';

type Info = { host: string | null; platform: string | null };
const globals = globalThis as unknown as { Office?: unknown; IS_REACT_ACT_ENVIRONMENT?: boolean };

/** A stand-in for office.js: Office.onReady calls back with `info`, or never when `info` is undefined. */
function fakeOffice(info: Info | undefined) {
  globals.Office = {
    HostType: { Excel: 'Excel', Word: 'Word' },
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
  return { view, text: container.textContent ?? '' };
}

beforeAll(() => {
  globals.IS_REACT_ACT_ENVIRONMENT = true;
});

afterEach(() => {
  delete globals.Office;
  document.body.innerHTML = '';
});

describe('task pane entry', () => {
  test('renders the app inside Excel', async () => {
    fakeOffice({ host: 'Excel', platform: 'PC' });
    const { view, text } = await mount();
    expect(view).toBe('app');
    expect(text).toContain('Fupan 复盘');
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

  test('falls back to the message when Office.onReady never answers', async () => {
    fakeOffice(undefined);
    const { view } = await mount(20);
    expect(view).toBe('not-excel');
  });
});
