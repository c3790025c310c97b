// Approximate centres of the communes where seed actors are located (about ±2 km): every actor placed with
// them says so (`locationApproximate`), and the geographic layout only needs the communes' relative places.
export const APPROXIMATE_COMMUNE_CENTRES: Record<string, [latitude: number, longitude: number]> = {
  '24037': [44.853, 0.483], // Bergerac
  '24340': [44.857, 0.404], // Prigonrieux
  '24225': [44.847, 0.392], // Lamonzie-Saint-Martin
  '24222': [44.869, 0.372], // La Force
  '24145': [44.855, 0.563], // Creysse
  '24182': [44.870, 0.251], // Le Fleix
  '24534': [44.760, 0.410], // Sigoulès-et-Flaugeac
  '24194': [44.835, 0.335], // Gardonne
  '24296': [44.855, 0.597], // Mouleydier
  '24223': [44.837, 0.742], // Lalinde
  '24068': [44.850, 0.900], // Le Buisson-de-Cadouin
  '24028': [44.770, 0.770], // Beaumontois en Périgord
  '24212': [44.729, 0.607], // Issigeac
  '24167': [44.668, 0.398], // Eymet
  '24370': [44.840, 0.160], // Saint-Antoine-de-Breuilh
  '24289': [44.860, 0.060], // Montcaret
  '24568': [44.850, 0.120], // Vélines
  '24584': [44.950, 0.060], // Villefranche-de-Lonchat
  '24299': [45.035, 0.366], // Mussidan
  '24581': [45.020, 0.540], // Villamblard
  '24558': [44.875, 0.830], // Trémolat
  '24143': [44.830, 0.710], // Couze-et-Saint-Front
};
