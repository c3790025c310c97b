import QRCode from 'qrcode';
import { useEffect, useMemo, useState } from 'react';
import { applyFilters, DEFAULT_FILTERS } from '../core/graph/filter.js';
import { toElements } from '../core/graph/elements.js';
import { NETWORK_QUERY, toNetwork } from '../core/graph/query.js';
import type { Network } from '../core/graph/types.js';
import type { Translator } from '../core/i18n/catalogue.js';
import { patiently, request } from '../core/request.js';
import { localMessage } from '../core/session/session.js';
import { boardElements, percent, type Board } from '../core/workshop/board.js';
import { followWorkshop } from '../core/workshop/live.js';
import { BOARD, PROPOSALS } from '../core/workshop/queries.js';
import { VotePanel, type Proposal } from '../atelier/VotePanel.js';
import { Button } from '../ui/index.js';
import { BoardNetwork } from './BoardNetwork.js';

/** The address a phone opens: the short one the QR code carries. */
export const joinUrl = (code: string): string => `${window.location.origin}/a/${code}`;

function JoinCode({ i18n, code }: { i18n: Translator; code: string }) {
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    void QRCode.toDataURL(joinUrl(code), { margin: 1, width: 320, errorCorrectionLevel: 'M' }).then(setQr);
  }, [code]);
  return (
    <div className="join-code">
      {qr && <img src={qr} alt={i18n.t('workshop.qr')} width={160} height={160} />}
      <p>
        <span className="code-label">{i18n.t('workshop.codeIs')}</span>
        <strong className="code" data-code={code}>{code}</strong>
        <span className="url">{joinUrl(code).replace(/^https?:\/\//, '')}</span>
      </p>
    </div>
  );
}

function Counters({ i18n, board }: { i18n: Translator; board: Board }) {
  const { counters } = board;
  const items = [
    ['participants', counters.participants, 'workshop.participants'], ['organisations', counters.organisations, 'workshop.organisations'], ['links', counters.links, 'workshop.linksCount'],
  ] as const;
  return (
    <dl className="counters" aria-live="polite">
      {items.map(([name, value, key]) => <div key={name}><dt>{i18n.t(key)}</dt><dd data-counter={name}>{i18n.number(value)}</dd></div>)}
      <div><dt>{i18n.t('workshop.crossSilo')}</dt><dd data-counter="crossSilo">{percent(counters.crossSiloShare, i18n.lang)}</dd></div>
    </dl>
  );
}

/**
 * The projector: full screen, read from the back of the room — the workshop's network over its territory's, the
 * counters, the step's question, the join code and QR code; at the voting step, the proposals and their votes. It
 * follows the workshop live: each change refetches the board, and the network adds what is new where it belongs.
 */
export function ProjectorPage({ i18n, code }: { i18n: Translator; code: string }) {
  const [network, setNetwork] = useState<Network | null>(null);
  const [board, setBoard] = useState<Board | null>(null);
  const [proposals, setProposals] = useState<Proposal[]>([]);
  const [revision, setRevision] = useState(-1);
  useEffect(() => {
    void patiently(() => request(NETWORK_QUERY)).then((answer) => setNetwork(toNetwork(answer)));
    return followWorkshop(code, (live) => setRevision(live.revision));
  }, [code]);
  // Each revision reads again; an answer for a revision already passed is dropped (answers may come back out of order).
  useEffect(() => {
    let current = true;
    void patiently(() => request(BOARD, { code })).then((answer) => current && setBoard(answer.workshopBoard));
    return () => void (current = false);
  }, [code, revision]);
  const voting = board ? board.workshop.step === board.workshop.votingStep : false;
  useEffect(() => {
    let current = true;
    if (voting) void patiently(() => request(PROPOSALS, { code })).then((answer) => current && setProposals(answer.workshopProposals));
    return () => void (current = false);
  }, [code, voting, revision]);
  const territory = board?.workshop.territoryId ?? null;
  const base = useMemo(() => (network ? toElements(applyFilters(network, { ...DEFAULT_FILTERS, territory })) : null), [network, territory]);
  const overlay = useMemo(() => (board && base ? boardElements(board, new Set(base.map((element) => element.data.id!))) : []), [board, base]);
  if (!board) return <main className="projector" aria-busy="true" />;
  const { workshop } = board;
  return (
    <main className="projector" data-revision={workshop.revision}>
      <section className="projector-network">
        {base && <BoardNetwork base={base} overlay={overlay} label={i18n.t('workshop.networkLabel')} />}
      </section>
      <aside className="projector-side" tabIndex={0} aria-label={workshop.title}>
        <p className="brand"><span className="brand-mark" aria-hidden="true" />{i18n.t('workshop.brand')}
          <Button small tone="quiet" className="fullscreen" onPress={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}>{i18n.t('workshop.fullscreen')}</Button>
        </p>
        <h1>{workshop.title}</h1>
        <p className="step">{i18n.t('workshop.step', { n: workshop.step + 1, total: workshop.steps.length })}</p>
        <p className="step-question">{localMessage(workshop.steps[workshop.step] ?? '', i18n.lang)}</p>
        {workshop.status === 'PAUSED' && <p className="banner">{i18n.t('workshop.paused')}</p>}
        {workshop.writingAlone && <p className="banner">{i18n.t('workshop.writingAlone')}</p>}
        <Counters i18n={i18n} board={board} />
        {voting ? <VotePanel i18n={i18n} proposals={proposals} /> : <p className="question">{workshop.question}</p>}
        {workshop.status !== 'CLOSED' && <JoinCode i18n={i18n} code={workshop.code} />}
      </aside>
    </main>
  );
}
