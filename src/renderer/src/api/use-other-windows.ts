import { useEffect, useRef } from 'react';
import { hearOtherWindows, type OtherWindowNews } from './other-windows';

/** Calls the latest `listener` with news from the app's other windows while mounted. */
export function useOtherWindows(listener: (news: OtherWindowNews) => void): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => hearOtherWindows((news) => latest.current(news)), []);
}
