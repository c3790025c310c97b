import { parseDate } from '@internationalized/date';
import { DateField as AriaDateField, DateInput, DateSegment, I18nProvider, Label, Text } from 'react-aria-components';
import { defined } from './defined.js';

interface Props {
  label: string;
  /** An ISO day (`2024-05-01`), or '' for none. */
  value: string;
  onChange(value: string): void;
  /** The page's language: the order of day, month and year follows it. */
  lang: 'fr' | 'en';
  description?: string | undefined;
  isDisabled?: boolean | undefined;
  'aria-describedby'?: string | undefined;
}

function parsed(value: string) {
  try {
    return value ? parseDate(value) : null;
  } catch {
    return null; // a partial or invalid day from outside: shown empty rather than thrown
  }
}

/** A day typed segment by segment (day, month, year in the page's order), keyboard and screen readers alike. */
export function DateField({ label, value, onChange, lang, description, isDisabled, ...aria }: Props) {
  return (
    <I18nProvider locale={lang === 'en' ? 'en-GB' : 'fr-FR'}>
      <AriaDateField className="ui-field ui-date" value={parsed(value)} onChange={(day) => onChange(day ? day.toString() : '')} {...defined({ isDisabled, ...aria })}>
        <Label className="ui-label">{label}</Label>
        <DateInput className="ui-date-input">{(segment) => <DateSegment segment={segment} className="ui-date-segment" />}</DateInput>
        {description && <Text slot="description" className="ui-description">{description}</Text>}
      </AriaDateField>
    </I18nProvider>
  );
}
