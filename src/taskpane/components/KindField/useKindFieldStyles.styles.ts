import { makeStyles } from '@fluentui/react-components';

export const useKindFieldStyles = makeStyles({
  dropdown: { minWidth: 0, width: '100%' },
});

export type KindFieldStyles = ReturnType<typeof useKindFieldStyles>;
