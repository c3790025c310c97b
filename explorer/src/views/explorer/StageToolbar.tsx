import { Dialog as AriaDialog, DialogTrigger, Popover } from 'react-aria-components';
import type { Filters, Totals } from '../../core/graph/filter.js';
import { LAYOUTS, type LayoutName } from '../../core/url/viewState.js';
import { Button, Select, useIsPhone } from '../../ui/index.js';
import { useI18n } from '../common/I18n.js';
import { DownloadMenu } from './DownloadMenu.js';
import { TotalsLine } from './Legend.js';

interface Props {
  filters: Filters;
  totals: Totals;
  activeFilters: number;
  filtersOpen: boolean;
  onFilters(): void;
  layout: LayoutName;
  onLayout(layout: LayoutName): void;
  /** Pictures, fitting and refining (the forces' layout only), for the network view only. */
  network: { fit(): void; refine?(): void; picture(format: 'png' | 'svg'): void } | null;
  onShare(): void;
  onReport(): void;
}

/** Over the network: the filters' drawer, the totals, the layout, and what to take away (pictures, data, report, embed). */
export function StageToolbar({ filters, totals, activeFilters, filtersOpen, onFilters, layout, onLayout, network, onShare, onReport }: Props) {
  const i18n = useI18n();
  const phone = useIsPhone();
  return (
    <div className="stage-toolbar">
      <div className="toolbar-group">
        <Button aria-expanded={filtersOpen} aria-controls="filters-drawer" onPress={onFilters} className="filters-toggle">
          <svg className="icon-svg" viewBox="0 0 24 24" aria-hidden="true"><path d="M4 6h16M7 12h10M10 18h4" /></svg>
          {activeFilters > 0 ? i18n.t('shell.filtersActive', { count: i18n.number(activeFilters) }) : i18n.t('shell.filters')}
        </Button>
        <TotalsLine totals={totals} />
      </div>
      <div className="toolbar-group end">
        {network && !phone && (
          <Select className="compact" label={i18n.t('layout.label')} value={layout} onChange={(next) => next && onLayout(next)}
            options={LAYOUTS.map((value) => ({ value, label: i18n.t(`layout.${value}`) }))} />
        )}
        {network && (
          <Button icon aria-label={i18n.t('shell.fit')} onPress={network.fit}>
            <svg className="icon-svg" viewBox="0 0 24 24" aria-hidden="true"><path d="M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5" /></svg>
          </Button>
        )}
        {network?.refine && !phone && (
          <Button aria-label={i18n.t('shell.refineLong')} onPress={network.refine}>{i18n.t('shell.refine')}</Button>
        )}
        <DialogTrigger>
          <Button>{i18n.t('shell.export')}</Button>
          <Popover className="ui-popover" placement="bottom end">
            <AriaDialog className="menu-dialog" aria-label={i18n.t('shell.export')}>
              {({ close }) => (
                <>
                  {network && (
                    <section aria-labelledby="pictures-title">
                      <h2 id="pictures-title" className="menu-heading">{i18n.t('shell.pictures')}</h2>
                      <div className="actions">
                        <Button onPress={() => network.picture('png')}>{i18n.t('export.png')}</Button>
                        <Button onPress={() => network.picture('svg')}>{i18n.t('export.svg')}</Button>
                      </div>
                    </section>
                  )}
                  <DownloadMenu filters={filters} />
                  {/* On a phone the dialogs open from here: the menu closes first, not to stay over them. */}
                  {phone && <Button onPress={() => { close(); onReport(); }}>{i18n.t('reportDialog.open')}</Button>}
                  {phone && <Button onPress={() => { close(); onShare(); }}>{i18n.t('embedDialog.open')}</Button>}
                </>
              )}
            </AriaDialog>
          </Popover>
        </DialogTrigger>
        {!phone && <Button onPress={onReport}>{i18n.t('reportDialog.open')}</Button>}
        {!phone && <Button onPress={onShare}>{i18n.t('embedDialog.open')}</Button>}
      </div>
    </div>
  );
}
