import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * Older volunteers use screen readers and large text: the serious or critical axe findings on the
 * page as drawn once it is still. A dialog fades in; measured mid-fade, its button's colours are
 * half-blended with the page behind and fail contrast that the settled dialog passes, so every
 * transition and animation that ends is waited for first, including one that has not begun.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(async () => {
    const settled = () => new Promise((resolve) => setTimeout(resolve, 50));
    const frames = () =>
      new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    // A spinner turns forever and is left out; a transition cut short by another ends too.
    const running = () =>
      document.getAnimations().filter((animation) => {
        const end = animation.effect?.getComputedTiming().endTime;
        return (
          typeof end === 'number' && Number.isFinite(end) && animation.playState !== 'finished'
        );
      });
    // A dialog counts as visible before its fade starts (a frame or a timer later), so the
    // page is still only once two looks in a row, a few frames apart, find nothing moving.
    for (let quiet = 0, looks = 0; quiet < 2 && looks < 40; looks += 1) {
      await frames();
      await settled();
      const moving = running();
      quiet = moving.length === 0 ? quiet + 1 : 0;
      await Promise.all(moving.map((animation) => animation.finished.catch(() => undefined)));
    }
  });
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter(({ impact }) => impact === 'serious' || impact === 'critical')
    .map(
      ({ id, help, nodes }) =>
        `${id}: ${help} at ${nodes.map((node) => `${node.target.join(' ')} ${node.failureSummary ?? ''}`).join('; ')}`,
    );
}
