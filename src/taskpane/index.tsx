import { Body1, FluentProvider, makeStyles, Title3, tokens, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createOfficeHost } from './officeHost';

/** How long to wait for Office.onReady before assuming the page is not running inside Office. */
export const OFFICE_READY_TIMEOUT_MS = 10_000;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  },
});

/** Shown when the page is opened outside Excel (a plain browser, Word, or office.js failed to load). */
export function NotInExcel() {
  const styles = useStyles();
  const zhFirst = typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('zh');
  const en = (
    <Title3 as="h1" key="en" lang="en">
      Open Fupan in Excel
    </Title3>
  );
  const zh = (
    <Title3 as="h1" key="zh" lang="zh-CN">
      请在 Excel 中打开 Fupan
    </Title3>
  );
  return (
    <main className={styles.root}>
      {zhFirst ? [zh, en] : [en, zh]}
      <Body1>
        Fupan is an Excel add-in: add it from the Home tab (Add-ins) and click Generate retro. Fupan 是 Excel
        加载项：在“开始”选项卡的“加载项”中添加，然后点击“生成复盘”。
      </Body1>
    </main>
  );
}

/**
 * Mounts the pane: the app once Office reports Excel, the message anywhere else. Resolves with the first
 * view shown. After `timeoutMs` without Office.onReady the message is shown, but the pane keeps listening:
 * a slow cold start of Excel calls onReady late, and the app then replaces the message.
 */
export function mountTaskpane(
  container: HTMLElement,
  timeoutMs = OFFICE_READY_TIMEOUT_MS,
): Promise<'app' | 'not-excel'> {
  const root = createRoot(container);
  return new Promise((resolve) => {
    let view: 'app' | 'not-excel' | undefined;
    let waiting = true;
    const show = (next: 'app' | 'not-excel', content: ReactNode) => {
      if (view === 'app' || view === next) return;
      view = next;
      root.render(<FluentProvider theme={webLightTheme}>{content}</FluentProvider>);
      resolve(next);
    };
    const timer = setTimeout(() => {
      if (waiting) show('not-excel', <NotInExcel />);
    }, timeoutMs);
    const settle = (next: 'app' | 'not-excel', content: ReactNode) => {
      waiting = false;
      clearTimeout(timer);
      show(next, content);
    };

    if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') {
      settle('not-excel', <NotInExcel />);
      return;
    }
    Office.onReady((info) => {
      if (info.host === Office.HostType.Excel) settle('app', <App host={createOfficeHost()} />);
      else settle('not-excel', <NotInExcel />);
    }).catch(() => settle('not-excel', <NotInExcel />));
  });
}

const container = typeof document !== 'undefined' ? document.getElementById('root') : null;
if (container) void mountTaskpane(container);
