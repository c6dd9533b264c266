export * from './api';
export * from './channels';
export * from './errors';
export * from './models';
export * from './names';
export * from './settings';
