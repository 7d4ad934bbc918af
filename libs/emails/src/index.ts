export * from './lib/default-templates';
export * from './lib/layout';
export * from './lib/render-email';
export * from './lib/template-engine';
// The tags and filters no template may use (template-sandbox.cjs).
export { REMOVED_FILTERS, REMOVED_TAGS } from './lib/template-sandbox.cjs';
export * from './lib/template-variables';
export * from './lib/step-email';
export * from './lib/team-notice';
export * from './lib/template-renderer';
