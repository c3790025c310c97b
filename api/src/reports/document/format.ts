import type { Lang } from '@maillage/schema/vocabulary';

/** Numbers as a committee reads them, in the report's language. */
export interface NumberWords {
  integer(value: number): string;
  decimal(value: number | null): string;
  percent(value: number | null): string;
  /** A share of a whole, "42 % (21 / 50)". */
  share(part: number, whole: number): string;
  /** A signed difference: "+3", "−0,12", "+4,1 pts" for shares. */
  change(before: number | null, after: number | null, kind: 'count' | 'decimal' | 'share'): string;
}

export function numberWords(lang: Lang): NumberWords {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const integers = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimals = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const signed = (text: string, value: number): string => (value > 0 ? `+${text}` : value < 0 ? `−${text.replace('-', '')}` : text);
  return {
    integer: (value) => integers.format(value),
    // The typographic minus, as in the tables' changes.
    decimal: (value) => (value === null ? '—' : decimals.format(value).replace('-', '−')),
    percent: (value) => (value === null ? '—' : percents.format(value)),
    share: (part, whole) => (whole > 0 ? `${percents.format(part / whole)} (${integers.format(part)} / ${integers.format(whole)})` : '—'),
    change: (before, after, kind) => {
      if (before === null || after === null) return '—';
      const delta = after - before;
      if (kind === 'count') return signed(integers.format(Math.abs(delta)), delta);
      if (kind === 'decimal') return signed(decimals.format(Math.abs(delta)), delta);
      const points = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(Math.abs(delta * 100));
      return signed(`${points} pts`, delta);
    },
  };
}
