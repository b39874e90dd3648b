const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const two = (value: number) => String(value).padStart(2, '0');

/**
 * "26 Nov 2026 at 14:05" in the computer's local time: the one way the app writes a moment,
 * in main's messages and on the screen alike. `withSeconds` ("14:05:09") tells apart two
 * moments in the same minute.
 */
export function describeTime(date: Date, withSeconds = false): string {
  const seconds = withSeconds ? `:${two(date.getSeconds())}` : '';
  const clock = `${two(date.getHours())}:${two(date.getMinutes())}${seconds}`;
  return `${date.getDate()} ${months[date.getMonth()]} ${date.getFullYear()} at ${clock}`;
}

/** Two moments as text, with seconds when the minute alone would make them look the same. */
export function describeTimes(first: Date, second: Date): [string, string] {
  const withSeconds = describeTime(first) === describeTime(second);
  return [describeTime(first, withSeconds), describeTime(second, withSeconds)];
}
