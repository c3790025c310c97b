import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ImportProblem, ImportReport, ImportSource } from '@maillage/schema';
import { IMPORT_COLUMNS, IMPORT_DATA } from '../../core/editing/queries.js';
import { localMessage } from '../../core/session/session.js';
import { FormDialog } from '../common/FormDialog.js';
import { useI18n } from '../common/I18n.js';
import type { Editing } from './useEditing.js';
import { Button, Select } from '../../ui/index.js';

/**
 * Importing spreadsheets (animators): the files are read here, checked by a dry run that lists every bad row, and
 * written only on "Importer", all or nothing.
 */
export function ImportDialog({ editing, onClose }: { editing: Editing; onClose(): void }) {
  const i18n = useI18n();
  const client = useApolloClient();
  const [files, setFiles] = useState<{ actors: File | null; links: File | null }>({ actors: null, links: null });
  const [report, setReport] = useState<ImportReport | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // A spreadsheet's own headers, mapped to the fields the import knows.
  const [mapping, setMapping] = useState<Record<string, string>>({});
  // Another map's categories (GoGoCarto), each to « sector/KIND », as JSON.
  const [categories, setCategories] = useState('');
  const [source, setSource] = useState<ImportSource>('MAILLAGE');
  const columns = useQuery(IMPORT_COLUMNS);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const send = async (dryRun: boolean): Promise<void> => {
    const [actors, links] = await Promise.all([files.actors?.text() ?? null, files.links?.text() ?? null]);
    const format = [files.actors, files.links].every((file) => !file || file.name.toLowerCase().endsWith('.json')) ? 'JSON' : 'CSV';
    let categoryMapping: Record<string, string> = {};
    try {
      categoryMapping = source === 'GOGOCARTO' && categories.trim() ? (JSON.parse(categories) as Record<string, string>) : {};
    } catch {
      setFailure(i18n.t('import.badCategories'));
      return;
    }
    const pairs = Object.entries({ ...mapping, ...categoryMapping }).filter(([, field]) => field).map(([column, field]) => ({ column, field: String(field) }));
    const refused = await editing.run([], async () => {
      const result = await client.mutate({ mutation: IMPORT_DATA, variables: { actors, links, format, source, dryRun, mapping: pairs } });
      setReport(result.data?.importData ?? null);
    });
    setFailure(refused ? refused.map((error) => error.message).join(' ') : null);
  };
  const unmapped = (report?.problems ?? []).filter((problem) => problem.reason === 'UNKNOWN_COLUMN' && problem.field).map((problem) => ({ file: problem.file, column: problem.field! }));
  const check = (event: FormEvent): void => {
    event.preventDefault();
    void send(true);
  };
  const choose = (key: 'actors' | 'links') => (event: { target: HTMLInputElement }): void => {
    setFiles({ ...files, [key]: event.target.files?.[0] ?? null });
    setReport(null);
  };

  return (
    <FormDialog id="import-title" title={i18n.t('import.title')} onSubmit={check} onClose={onClose}>
        <p className="muted">{i18n.t('import.hint')}</p>
        <Select label={i18n.t('import.source')} value={source} onChange={(next) => { if (next) { setSource(next); setReport(null); } }}
          options={(['MAILLAGE', 'SIRENE', 'SCDL_SUBSIDIES', 'GOGOCARTO'] as const).map((value) => ({ value, label: i18n.t(`import.source.${value}`) }))} />
        <p className="muted">{i18n.t(`import.sourceHint.${source}`)}</p>
        <label>{i18n.t('import.actors')}<input ref={first} type="file" accept=".csv,.json,text/csv,application/json" onChange={choose('actors')} /></label>
        <label>{i18n.t('import.links')}<input type="file" accept=".csv,.json,text/csv,application/json" onChange={choose('links')} /></label>
        {source === 'GOGOCARTO' && (
          <label>{i18n.t('import.categories')}<textarea rows={3} value={categories} placeholder='{"Alimentation": "alimentation/ASSOCIATION"}' onChange={(event) => setCategories(event.target.value)} /></label>
        )}
        <div className="actions">
          <Button type="submit" isDisabled={!files.actors && !files.links}>{i18n.t('import.check')}</Button>
          <Button isDisabled={!report || report.dryRun === false || report.problems.length > 0} onClick={() => void send(false)}>{i18n.t('import.commit')}</Button>
        </div>
        {failure && <p role="alert" className="error">{failure}</p>}
        {unmapped.length > 0 && (
          <fieldset>
            <legend>{i18n.t('import.mapping')}</legend>
            {unmapped.map(({ file, column }) => (
              <Select key={`${file}:${column}`} label={i18n.t('import.mapColumn', { column })} value={mapping[column] || null} empty="—"
                onChange={(field) => setMapping({ ...mapping, [column]: field ?? '' })}
                options={(columns.data?.importColumns[file as 'actors' | 'links'] ?? []).map((field) => ({ value: field, label: field }))} />
            ))}
          </fieldset>
        )}
        {report && (
          <div role="status">
            <p>
              {report.committed ? i18n.t('import.done') : report.problems.length > 0 ? i18n.t('import.refused') : i18n.t('import.ready')}{' '}
              {i18n.t('import.counts', { rows: report.rows, created: report.created, updated: report.updated, unchanged: report.unchanged })}
            </p>
            {report.problems.length > 0 && <RowTable caption={i18n.t('import.problems', { count: report.problems.length })} rows={report.problems} />}
            {report.notices.length > 0 && <RowTable caption={i18n.t('import.notices', { count: report.notices.length })} rows={report.notices} />}
          </div>
        )}
    </FormDialog>
  );
}

/** Rows of a report (refused, or worth knowing), each with its file, line, field and reason. */
function RowTable({ caption, rows }: { caption: string; rows: readonly ImportProblem[] }) {
  const i18n = useI18n();
  return (
    <table className="problems">
      <caption>{caption}</caption>
      <thead><tr><th scope="col">{i18n.t('import.file')}</th><th scope="col">{i18n.t('import.line')}</th><th scope="col">{i18n.t('import.field')}</th><th scope="col">{i18n.t('import.reason')}</th></tr></thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}><td>{row.file}</td><td>{row.line}</td><td>{row.field ?? '—'}</td><td>{localMessage(row.message, i18n.lang)}</td></tr>
        ))}
      </tbody>
    </table>
  );
}
