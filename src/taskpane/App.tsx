import { Pane } from './components/Pane/Pane';
import type { FupanHost } from '../port/hostPort';
import { LocaleProvider } from './locale/LocaleContext';

export interface AppProps {
  /** Everything the pane knows of Excel; the pane never touches Office.js itself. */
  readonly host: FupanHost;
}

/** The task pane, in Office's display language until the analyst switches it. */
export function App({ host }: AppProps) {
  return (
    <LocaleProvider initialLocale={host.displayLocale}>
      <Pane host={host} />
    </LocaleProvider>
  );
}
