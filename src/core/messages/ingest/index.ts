export * from './rows';
export * from './warnings';
export type { RowRef } from './where';
export * from './amounts';
export * from './relational';
export * from './experiment';
export * from './partial';
