import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * Older volunteers use screen readers and large text: the serious or critical axe findings on the
 * page as drawn once it is still. A dialog fades in; measured mid-fade, its button's colours are
 * half-blended with the page behind and fail contrast that the settled dialog passes, so every
 * running transition and animation that ends is waited for first.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(async () => {
    // A spinner turns forever and is left out; a transition cut short by another ends too.
    const settling = document.getAnimations().filter((animation) => {
      const end = animation.effect?.getComputedTiming().endTime;
      return typeof end === 'number' && Number.isFinite(end);
    });
    await Promise.all(settling.map((animation) => animation.finished.catch(() => undefined)));
  });
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter(({ impact }) => impact === 'serious' || impact === 'critical')
    .map(
      ({ id, help, nodes }) =>
        `${id}: ${help} at ${nodes.map((node) => `${node.target.join(' ')} ${node.failureSummary ?? ''}`).join('; ')}`,
    );
}
