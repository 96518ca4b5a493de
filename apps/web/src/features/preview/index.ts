// What other features and the shell use of the preview (R15).
export { PreviewAsButton } from './preview-as-button';
export { PreviewBanner } from './preview-banner';
