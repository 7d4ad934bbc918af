export * from './lib/default-templates';
export * from './lib/layout';
export * from './lib/render-email';
export * from './lib/template-engine';
export * from './lib/template-variables';
export * from './lib/step-email';
export * from './lib/team-notice';
export * from './lib/template-renderer';
