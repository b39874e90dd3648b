/**
 * Meeting mode's text, as large as the window allows and no larger than `max` rem: the outcome
 * and several rows of the roll call must fit together on a laptop screen or under large text.
 */
export function meetingSize(min: number, perCent: number, max: number): string {
  return `clamp(${min}rem, min(${perCent}vw, ${perCent * 1.5}vh), ${max}rem)`;
}
