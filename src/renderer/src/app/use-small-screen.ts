import { useMediaQuery } from '@mantine/hooks';

/**
 * A narrow or a short window, in CSS pixels: below 1024 wide the eight steps no longer fit on one
 * row, and below 600 high a fixed header and step list would leave too little room for the work.
 * Large text lands here (200% zoom on a 1280×800 screen is 640×400), and so do small laptops and
 * phones. app.css repeats this query for the scroll padding; keep the two the same.
 */
export const smallScreenQuery = '(max-width: 63.99em), (max-height: 37.49em)';

/** True on a small screen: the header scrolls away, the steps fold into a menu. */
export function useSmallScreen(): boolean {
  // Read at once, not after a first render, so a small screen never flashes the wide layout.
  return useMediaQuery(smallScreenQuery, false, { getInitialValueInEffect: false });
}
