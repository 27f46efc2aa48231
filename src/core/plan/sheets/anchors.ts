/**
 * Named places on a planned sheet ('kpi.gmv' → 'B31'), so that the retro sheet can link each DATA sentence
 * to the cell its number comes from.
 */
export type Anchors = Readonly<Record<string, string>>;
