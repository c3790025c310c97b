import type { StylesheetJson } from 'cytoscape';

/** The colours a page gives the network: the explorer's light page, or an embed's theme and accent. */
export interface NetworkColours {
  /** Labels. */
  text: string;
  /** A node's thin outline, to part it from its neighbours: the page's background. */
  outline: string;
  /** A selected node's ring. */
  selected: string;
  /** A gap lit up from the Gaps panel. */
  highlight: string;
  /** The boxes of the grouped layouts: their fill, outline and title. */
  group: { fill: string; outline: string; text: string };
}

export const LIGHT_PAGE: NetworkColours = {
  text: '#1a1a1a', outline: '#ffffff', selected: '#000000', highlight: '#1a1a1a', group: { fill: '#efefec', outline: '#b5b5b0', text: '#3a3a3a' },
};

/**
 * The one Cytoscape stylesheet of the network, the explorer's and the embeds': everything per element is in its
 * data (core/graph/elements.ts), so styles are mappers; only the page's colours differ, and, for a large network
 * seen from afar, links drawn plain (core/graph/detail.ts).
 */
export function networkStyle(colours: NetworkColours = LIGHT_PAGE, { plainLinks = false } = {}): StylesheetJson {
  return [
    {
      selector: 'node[colour]',
      style: {
        'background-color': 'data(colour)',
        shape: 'data(shape)' as never, // a per-node shape, from the data mapper
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        'font-size': 10,
        // Labels appear as the user zooms in: below this on-screen size (zoom × font size) they are not drawn.
        'min-zoomed-font-size': 14,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'border-width': 1,
        'border-color': colours.outline,
        color: colours.text,
      },
    },
    // A partner shown only because it cooperates with the filtered actors.
    { selector: 'node.context', style: { 'background-opacity': 0.35, 'border-style': 'dashed', 'border-width': 2, 'border-color': 'data(colour)' } },
    {
      selector: 'node.group',
      style: {
        shape: 'round-rectangle',
        'background-color': colours.group.fill,
        'background-opacity': 0.7,
        'border-width': 1,
        'border-color': colours.group.outline,
        label: 'data(label)',
        'text-valign': 'top',
        'text-halign': 'center',
        'font-size': 14,
        'font-weight': 'bold',
        color: colours.group.text,
        'min-zoomed-font-size': 5,
        padding: '12px',
      },
    },
    // The selected actor's and its partners' names are drawn over the network (core/graph/nameLayer.ts) below the zoom
    // at which Cytoscape draws every label.
    { selector: 'node[colour]:selected', style: { 'border-width': 4, 'border-color': colours.selected } },
    {
      selector: 'edge',
      style: {
        'line-color': 'data(colour)',
        'line-style': plainLinks ? 'solid' : ('data(line)' as never), // solid, dashed or dotted by provenance
        width: 'data(width)',
        opacity: 0.55,
        'curve-style': 'straight',
      },
    },
    { selector: 'edge:selected', style: { opacity: 1 } },
    // A gap picked in the Gaps panel: a dark ring and halo (not a colour: silos keep theirs), thick dark links.
    {
      selector: 'node.highlighted',
      style: { 'border-width': 4, 'border-color': colours.highlight, 'underlay-color': colours.highlight, 'underlay-opacity': 0.18, 'underlay-padding': 8 } as never,
    },
    { selector: 'edge.highlighted', style: { 'line-color': colours.highlight, width: 6, opacity: 1 } },
    // What a workshop adds, on its projector: a thick dark ring and a name always drawn, read from the back of a room.
    {
      selector: 'node.workshop',
      style: {
        'border-width': 5, 'border-color': colours.highlight, 'font-size': 16, 'font-weight': 'bold', 'min-zoomed-font-size': 0, 'text-max-width': '260px',
        'text-background-color': colours.outline, 'text-background-opacity': 0.85, 'text-background-padding': '2px',
      } as never,
    },
    { selector: 'edge.workshop', style: { opacity: 0.95 } },
    // Around a selected actor, the rest of the network steps back.
    { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
    // What an actor's departure would take away: greyed and dashed, still readable (not a colour alone).
    { selector: 'node.gone', style: { 'background-color': '#8c8c8c', 'border-style': 'dashed', 'border-width': 2, 'border-color': colours.text, opacity: 0.45 } },
    { selector: 'edge.gone', style: { 'line-color': '#8c8c8c', 'line-style': 'dashed', opacity: 0.45 } },
  ];
}
