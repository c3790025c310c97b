import { SILOS } from '@maillage/schema/vocabulary';
import { heatColours } from '../../core/analytics/heat.js';
import type { SiloMatrix } from '../../core/analytics/types.js';
import { Explained } from '../../ui/index.js';
import { useI18n } from '../common/I18n.js';

/** The 3×3 silo matrix as a table whose cells are shaded by density: a heatmap that a screen reader reads too. */
export function SiloHeatmap({ matrix }: { matrix: SiloMatrix }) {
  const i18n = useI18n();
  const densest = Math.max(0, ...matrix.cells.map((cell) => cell.density ?? 0));
  const cell = (from: string, to: string) => matrix.cells.find((c) => c.from === from && c.to === to);
  const percent = (value: number | null): string => (value === null ? '—' : `${i18n.number(Math.round(value * 1000) / 10)} %`);
  return (
    <table className="heatmap">
      <caption>{i18n.t('gaps.matrixCaption')}</caption>
      <thead>
        <tr>
          <td />
          {SILOS.map((silo) => <th key={silo} scope="col">{i18n.silo(silo)}</th>)}
        </tr>
      </thead>
      <tbody>
        {SILOS.map((from) => (
          <tr key={from}>
            <th scope="row">{i18n.silo(from)}</th>
            {SILOS.map((to) => {
              const value = cell(from, to);
              return (
                <td key={to} style={heatColours(value?.density ?? null, densest)} data-testid={`heat-${from}-${to}`}>
                  <Explained explanation={i18n.t('explain.cell', { links: i18n.number(value?.links ?? 0), density: percent(value?.density ?? null) })}>
                    {i18n.number(value?.links ?? 0)} <small>({percent(value?.density ?? null)})</small>
                  </Explained>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
