/**
 * A passage of the board's own text as a paper prints it. A Spanish paper whose text has no
 * Spanish wording prints the English and marks it so: never a silent mix (issue 17).
 */
export interface Passage {
  text: string;
  /** True when a Spanish paper prints the board's English text because no Spanish was written. */
  inEnglish: boolean;
}
