/** One language of the screens' words (scripts/catalog-per-language.ts makes these modules). */
declare module 'virtual:catalog/*' {
  const words: Record<string, string>;
  export default words;
}
