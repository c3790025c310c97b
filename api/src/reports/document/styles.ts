// The report's one stylesheet: a calm page on screen, A4 pages in print (Chromium prints the PDF from it).
export const REPORT_CSS = `
:root { --text: #1a1a1a; --muted: #55554f; --line: #d9d7cf; --soft: #f5f4ef; --accent: #0072B2; }
* { box-sizing: border-box; }
html { font-family: system-ui, 'Segoe UI', Roboto, sans-serif; color: var(--text); background: #fff; line-height: 1.45; font-variant-ligatures: none; }
body { margin: 0 auto; max-width: 60rem; padding: 2rem 1.25rem 4rem; }
h1 { font-size: 2rem; line-height: 1.15; margin: 0 0 .5rem; }
h2 { font-size: 1.45rem; margin: 2.5rem 0 .75rem; padding-top: .5rem; border-top: 3px solid var(--accent); }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
p, li { max-width: 48rem; }
.cover { padding: 2rem 0 1rem; border-bottom: 1px solid var(--line); }
.cover .subtitle { font-size: 1.25rem; margin: 0 0 1rem; }
.cover dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 1rem 0; }
.cover dt { font-weight: 600; }
.cover dd { margin: 0; overflow-wrap: anywhere; }
.version { display: inline-block; padding: .4rem .75rem; border-radius: .4rem; font-weight: 600; }
.version.public { background: #e6f2f9; border: 1px solid #0072B2; }
.version.animator { background: #fff2e0; border: 2px solid #b35900; }
nav ol { columns: 2; padding-left: 1.2rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--soft); font-weight: 600; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.indicative { border: 2px solid #B35900; padding: .4rem .8rem; margin: .8rem 0; }
.method { background: var(--soft); border-left: 4px solid var(--muted); padding: .6rem .9rem; margin: 1rem 0; font-size: .9rem; }
.method p { margin: .25rem 0; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); gap: 1rem 2rem; align-items: start; }
ul.counts { columns: 3 12rem; padding-left: 1.2rem; margin: .25rem 0 1rem; }
figure { margin: 0 0 1rem; break-inside: avoid; }
figcaption { font-weight: 600; margin-bottom: .35rem; }
figure svg { max-width: 100%; height: auto; }
svg.network, svg.map { width: 100%; height: auto; border: 1px solid var(--line); background: #fff; }
.legend { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; font-size: .9rem; margin: .25rem 0 1rem; padding: 0; list-style: none; }
.legend li { display: flex; align-items: center; gap: .35rem; }
.legend svg { flex: none; }
.silo { display: inline-flex; align-items: center; gap: .3rem; white-space: nowrap; }
.silo::before { content: ''; width: .75rem; height: .75rem; border-radius: 50%; background: var(--silo); }
ul.changes li { margin: .35rem 0; }
.names { color: var(--muted); font-size: .9rem; }
.appendix code { background: var(--soft); padding: .1rem .3rem; border-radius: .2rem; overflow-wrap: anywhere; }
@media (max-width: 40rem) {
  body { padding: 1rem .75rem 3rem; }
  h1 { font-size: 1.6rem; }
  nav ol { columns: 1; }
  .cover dl { grid-template-columns: 1fr; }
  /* Tables wrap rather than scroll: a scrolling region would need its own keyboard stop. */
  table { font-size: .85rem; }
  th, td { padding: .25rem .3rem; overflow-wrap: anywhere; }
  td.number, th.number { white-space: normal; }
}
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  .cover { min-height: 240mm; border: none; }
  h2 { break-before: page; break-after: avoid; }
  h3, figcaption, caption { break-after: avoid; }
  tr, .method, figure { break-inside: avoid; }
  nav { break-after: page; }
}
`;
