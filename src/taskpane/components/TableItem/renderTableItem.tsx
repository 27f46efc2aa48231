import {
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1Strong,
  Caption1,
  Dropdown,
  Field,
  Option,
  Subtitle2,
} from '@fluentui/react-components';
import { KindField } from '../KindField/KindField';
import { AUTO_COLUMN, type TableItemState } from './TableItem.types';
import type { TableItemStyles } from './useTableItemStyles.styles';

export function renderTableItem(state: TableItemState, styles: TableItemStyles) {
  return (
    <AccordionItem value={state.value}>
      <AccordionHeader className={styles.header} as="h4" button={{ id: state.headerId }}>
        <span className={styles.headerText}>
          <Body1Strong>{state.title}</Body1Strong>
          <Caption1 className={styles.subtitle}>{state.subtitle}</Caption1>
        </span>
      </AccordionHeader>
      <AccordionPanel className={styles.panel} role="region" aria-labelledby={state.headerId}>
        <Caption1 className={styles.note}>{state.rowsLine}</Caption1>
        <KindField
          value={state.kindChoice}
          autoLabel={state.kindAutoLabel}
          offerIgnore
          onChange={state.onKindChange}
        />
        {state.labelValueNote !== null && <Caption1 className={styles.note}>{state.labelValueNote}</Caption1>}
        {state.columns.length > 0 && <Subtitle2 as="h5">{state.columnsHeading}</Subtitle2>}
        <div className={styles.columns}>
          {state.columns.map((column) => (
            <Field
              key={column.field}
              label={column.label}
              required={column.required}
              validationState={column.warning === undefined ? 'none' : 'warning'}
              validationMessage={column.warning}
            >
              <Dropdown
                className={styles.dropdown}
                value={column.selectedText}
                selectedOptions={[column.selected]}
                onOptionSelect={(_, data) => state.onColumnSelect(column.field, data.optionValue)}
              >
                <Option value={AUTO_COLUMN}>{column.autoText}</Option>
                {column.extraOptions.map((option) => (
                  <Option key={option.value} value={option.value}>
                    {option.text}
                  </Option>
                ))}
                {column.headers.map((header) => (
                  <Option key={header} value={header}>
                    {header}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          ))}
          {state.derivedAmount?.map((part) => (
            <Field key={part.part} label={part.label}>
              <Dropdown
                className={styles.dropdown}
                value={part.selected}
                selectedOptions={[part.selected]}
                onOptionSelect={(_, data) => part.onSelect(data.optionValue)}
              >
                {part.headers.map((header) => (
                  <Option key={header} value={header}>
                    {header}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          ))}
        </div>
        {state.unused !== null && <Caption1 className={styles.note}>{state.unused}</Caption1>}
      </AccordionPanel>
    </AccordionItem>
  );
}
