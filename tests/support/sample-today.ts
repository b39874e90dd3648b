/**
 * "Today" for tests that approve the sample agreements: after their meetings (March 2027), so
 * recording the vote needs no confirmation of a meeting date after today.
 */
export const sampleToday = (): Date => new Date('2027-06-01T12:00:00');
