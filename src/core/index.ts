// Public surface of the analysis core. Front ends (CLI, Word adapter, task pane) import from here only.
export * from './model';
export * from './profiles';
export * from './template';
export * from './engine';
