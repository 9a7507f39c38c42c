/** The de chunk, loaded on demand by shared/i18n/index.ts. */
export { default } from "./de/index";
