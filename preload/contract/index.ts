export * from './api';
export * from './channels';
export * from './errors';
export * from './models';
export * from './settings';
