import { useState } from 'react';
import type { Lang } from '@maillage/schema/vocabulary';
import type { Filters } from '../../core/graph/filter.js';
import { defaultPeriod, periodProblem, reportHref, type ReportPeriod } from '../../core/reports/href.js';
import { Button, DateField, Dialog, Select } from '../../ui/index.js';
import { useI18n } from '../common/I18n.js';
import { authorizedFetch } from '../session/SessionContext.js';
import { download } from './download.js';

interface Props {
  filters: Filters;
  /** The selection in words, as the pictures' captions say it. */
  selection: string;
  /** Signed in as an animator: the report holds every person (the API decides, by the token). */
  animator: boolean;
  origin: string;
  onClose(): void;
}

type Status = { state: 'idle' } | { state: 'making' } | { state: 'failed'; message: string };

/** The API's refusal in its own words (a JSON error with a code), or the HTTP status. */
async function refusal(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { errors?: Array<{ message?: string }> };
    return body.errors?.[0]?.message ?? `HTTP ${response.status}`;
  } catch {
    return `HTTP ${response.status}`;
  }
}

/** The file name the API gives (Content-Disposition), else one from the period. */
function fileName(response: Response, period: ReportPeriod): string {
  return /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `maillage-rapport-${period.from}-${period.to}.pdf`;
}

/** "Rapport": the steering-committee report of the current selection, as a PDF or a page, for a period. */
export function ReportDialog({ filters, selection, animator, origin, onClose }: Props) {
  const i18n = useI18n();
  const [period, setPeriod] = useState(() => defaultPeriod(new Date().toISOString().slice(0, 10)));
  const [lang, setLang] = useState<Lang>(i18n.lang);
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const problem = periodProblem(period);
  const href = (format: 'pdf' | 'html'): string => reportHref(format, filters, period, lang);

  const makePdf = async (): Promise<void> => {
    setStatus({ state: 'making' });
    try {
      const response = await authorizedFetch(href('pdf'));
      if (!response.ok) return setStatus({ state: 'failed', message: await refusal(response) });
      download(await response.blob(), fileName(response, period));
      setStatus({ state: 'idle' });
    } catch (error) {
      setStatus({ state: 'failed', message: (error as Error).message });
    }
  };

  // An animator's page holds people the public may not see: fetched with the token, opened from memory. The tab
  // is opened at once, in the click, so that no pop-up blocker stops it.
  const openAnimatorPage = async (): Promise<void> => {
    const tab = window.open('about:blank', '_blank');
    setStatus({ state: 'making' });
    try {
      const response = await authorizedFetch(href('html'));
      if (!response.ok) {
        tab?.close();
        return setStatus({ state: 'failed', message: await refusal(response) });
      }
      const url = URL.createObjectURL(await response.blob());
      if (tab) tab.location.href = url;
      else window.location.href = url;
      setStatus({ state: 'idle' });
    } catch (error) {
      tab?.close();
      setStatus({ state: 'failed', message: (error as Error).message });
    }
  };

  return (
    <Dialog title={i18n.t('reportDialog.title')} closeLabel={i18n.t('embedDialog.close')} onClose={onClose} narrow>
      <p>{i18n.t('reportDialog.intro', { filter: selection })}</p>
      <div className="report-period">
        <DateField label={i18n.t('reportDialog.from')} value={period.from} lang={i18n.lang} onChange={(from) => setPeriod((current) => ({ ...current, from }))} />
        <DateField label={i18n.t('reportDialog.to')} value={period.to} lang={i18n.lang} onChange={(to) => setPeriod((current) => ({ ...current, to }))} />
        <Select label={i18n.t('reportDialog.lang')} value={lang} onChange={(next) => next && setLang(next)}
          options={[{ value: 'fr', label: 'Français' }, { value: 'en', label: 'English' }]} />
      </div>
      {problem && <p className="error" role="alert">{i18n.t(problem === 'order' ? 'reportDialog.order' : 'reportDialog.missing')}</p>}
      <p className="muted">{i18n.t(animator ? 'reportDialog.animatorNote' : 'reportDialog.publicNote')}</p>
      <div className="actions">
        <Button tone="primary" isDisabled={problem !== null || status.state === 'making'} onPress={() => void makePdf()}>{i18n.t('reportDialog.pdf')}</Button>
        {animator
          ? <Button isDisabled={problem !== null || status.state === 'making'} onPress={() => void openAnimatorPage()}>{i18n.t('reportDialog.html')}</Button>
          : !problem && <a className="ui-button" href={href('html')} target="_blank" rel="noopener">{i18n.t('reportDialog.html')}</a>}
      </div>
      <p role="status" aria-live="polite" className={status.state === 'failed' ? 'error' : 'muted'}>
        {status.state === 'making' ? i18n.t('reportDialog.making') : status.state === 'failed' ? i18n.t('reportDialog.failed', { message: status.message }) : ''}
      </p>
      {!problem && (
        <label className="ui-field">
          <span className="ui-label">{i18n.t('reportDialog.share')}</span>
          <input className="ui-input" readOnly value={`${origin}${href('html')}`} onFocus={(event) => event.currentTarget.select()} />
        </label>
      )}
    </Dialog>
  );
}
