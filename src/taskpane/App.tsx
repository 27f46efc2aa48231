import { Body1, makeStyles, Title3, tokens } from '@fluentui/react-components';

export interface AppProps {
  /** The Office host the pane runs in; index.tsx only renders the app inside Excel. */
  host: Office.HostType;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  },
});

/** The task pane. A placeholder until the real pane lands. */
export function App({ host }: AppProps) {
  const styles = useStyles();
  return (
    <main className={styles.root} data-host={host}>
      <Title3 as="h1">Fupan 复盘</Title3>
      <Body1>Campaign post-mortems inside Excel. 在 Excel 中完成活动复盘。</Body1>
    </main>
  );
}
