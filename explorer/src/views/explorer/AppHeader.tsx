import type { ReactNode } from 'react';
import { Dialog as AriaDialog, DialogTrigger, Popover } from 'react-aria-components';
import type { ViewState } from '../../core/url/viewState.js';
import { Button, Segmented, ToggleButton, useIsPhone, useTheme } from '../../ui/index.js';
import { useI18n } from '../common/I18n.js';
import { SessionControl } from '../session/SessionControl.js';

interface Props {
  view: ViewState;
  update(change: Partial<ViewState>): void;
  search: ReactNode;
  /** The animators' tools (new actor, import, desk), when signed in as one. */
  animatorTools?: ReactNode;
  onHowTo(): void;
}

const VIEWS = ['graph', 'table'] as const;

/** Less used: the researchers' pages, the declaration form, the theme. */
function Extras() {
  const i18n = useI18n();
  const [theme, setTheme] = useTheme();
  const english = i18n.lang === 'en';
  return (
    <>
      <a className="ui-button quiet" href={english ? '/docs.html?lang=en' : '/docs.html'}>{i18n.t('docs.link')}</a>
      <a className="ui-button quiet" href={english ? '/declare.html?lang=en' : '/declare.html'}>{i18n.t('declare.link')}</a>
      <Segmented label={i18n.t('shell.theme')} value={theme} values={['light', 'dark'] as const}
        text={(value) => i18n.t(value === 'light' ? 'shell.themeLight' : 'shell.themeDark')} onChange={setTheme} />
    </>
  );
}

function MenuButton({ label, icon, children }: { label: string; icon: ReactNode; children: ReactNode }) {
  return (
    <DialogTrigger>
      <Button icon aria-label={label}>{icon}</Button>
      <Popover className="ui-popover header-menu" placement="bottom end">
        <AriaDialog aria-label={label} className="menu-dialog">{children}</AriaDialog>
      </Popover>
    </DialogTrigger>
  );
}

/** What the header holds on a desktop, and what its menu holds on a phone. */
function Tools({ view, update, animatorTools, onHowTo, stacked }: Omit<Props, 'search'> & { stacked: boolean }) {
  const i18n = useI18n();
  const other = view.lang === 'fr' ? 'en' : 'fr';
  return (
    <div className={stacked ? 'header-tools stacked' : 'header-tools'}>
      <Segmented label={i18n.t('view.label')} value={view.view} values={VIEWS} text={(mode) => i18n.t(`view.${mode}`)} onChange={(mode) => update({ view: mode })} />
      <ToggleButton isSelected={view.gaps} onChange={() => update({ gaps: !view.gaps, gap: null })}>{i18n.t('gaps.open')}</ToggleButton>
      {animatorTools}
      <Button tone="quiet" onPress={onHowTo}>{stacked ? i18n.t('howto.open') : <><span aria-hidden="true" className="howto-mark">?</span><span className="visually-hidden">{i18n.t('howto.open')}</span></>}</Button>
      {stacked ? <Extras /> : <MenuButton label={i18n.t('shell.more')} icon={DOTS}><div className="header-tools stacked"><Extras /></div></MenuButton>}
      <SessionControl />
      <Button tone="quiet" lang={other} onPress={() => update({ lang: other })}>{i18n.t('lang.switch')}</Button>
    </div>
  );
}

const BARS = <svg className="icon-svg" viewBox="0 0 24 24" aria-hidden="true"><path d="M4 7h16M4 12h16M4 17h16" /></svg>;
const DOTS = <svg className="icon-svg" viewBox="0 0 24 24" aria-hidden="true"><circle cx="5" cy="12" r="1.6" /><circle cx="12" cy="12" r="1.6" /><circle cx="19" cy="12" r="1.6" /></svg>;

/** The compact header: the name, the search, the view switch and the rest; on a phone, the rest folds into a menu. */
export function AppHeader(props: Props) {
  const i18n = useI18n();
  const phone = useIsPhone();
  return (
    <header className="app-header">
      <h1 className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <span>{i18n.t('shell.brand')}</span>
        {!phone && <span className="brand-sub">{i18n.t('app.subtitle')}</span>}
      </h1>
      <div className="header-search">{props.search}</div>
      {phone ? (
        <MenuButton label={i18n.t('shell.menu')} icon={BARS}><Tools {...props} stacked /></MenuButton>
      ) : (
        <Tools {...props} stacked={false} />
      )}
    </header>
  );
}
