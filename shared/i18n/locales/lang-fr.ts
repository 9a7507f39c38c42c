/** The fr chunk, loaded on demand by shared/i18n/index.ts. */
export { default } from "./fr/index";
