import { EXPORTS, exportHref } from '../../core/exports/href.js';
import type { Filters } from '../../core/graph/filter.js';
import { useI18n } from '../common/I18n.js';

/** "Download this view": the network the filters select, in each research format, from the API's export URLs. */
export function DownloadMenu({ filters }: { filters: Filters }) {
  const i18n = useI18n();
  return (
    <section className="downloads" aria-labelledby="downloads-title">
      <h2 id="downloads-title" className="menu-heading">{i18n.t('shell.data')}</h2>
      <ul>
        {EXPORTS.map(({ file, key }) => (
          <li key={key}><a href={exportHref(file, filters)} download>{i18n.t(`download.${key}`)}</a></li>
        ))}
      </ul>
      <p className="muted hint">{i18n.t('download.hint')}</p>
    </section>
  );
}
