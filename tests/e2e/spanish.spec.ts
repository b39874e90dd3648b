import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { catalogs, type MessageKey } from '../../src/renderer/src/i18n/catalog';
import { formatIn } from '../../src/shared/i18n/say-in';
import { wizardSteps } from '../../src/shared/domain/wizard-steps';
import { everyStepFilled } from './every-step-seed';
import { expect, openApp, test } from './fixtures';
import { ApprovalStep, daysAgo } from './pages/approval-step';
import { WizardPage } from './pages/wizard-page';
import { readyForApproval } from './seeds';

// A board that works in Spanish: every goal and the mission written in Spanish before the
// vote, so the Spanish papers of the approved agreement hold none of the board's English.

const spanishOf: Record<string, { statement: string; measure: string }> = {
  'Our water mains seldom break or leak.': {
    statement: 'Nuestras tuberías principales casi nunca se rompen ni gotean.',
    measure: 'Roturas por cada 100 millas de tubería principal',
  },
  'We lose little of the water we produce.': {
    statement: 'Perdemos poca del agua que producimos.',
    measure: 'Agua producida que no se factura',
  },
  'Every customer has enough water pressure.': {
    statement: 'Cada cliente tiene suficiente presión de agua.',
    measure: 'La presión más baja en el punto más difícil',
  },
  'We meet every drinking-water rule.': {
    statement: 'Cumplimos cada regla del agua potable.',
    measure: 'Violaciones que afectan la salud',
  },
};
const missionInSpanish = 'Cedar Flats da agua segura y confiable a sus socios a un precio justo.';

function translatedAgreement() {
  const workbook = readyForApproval();
  workbook.scope.value.missionSpanish = missionInSpanish;
  for (const goal of workbook.goals) {
    const spanish = spanishOf[goal.statement];
    if (!spanish) throw new Error(`No Spanish for “${goal.statement}”.`);
    goal.spanish = { ...goal.spanish, ...spanish };
  }
  return workbook;
}

test.use({ seed: translatedAgreement() });

/**
 * A screen's words in Spanish, found by their English message (the one the other tests click),
 * with its placeholders filled: the test reads the catalog as the app does.
 */
function inSpanish(english: string, values?: Record<string, string | number>): string {
  const key = (Object.keys(catalogs.en) as MessageKey[]).find((k) => catalogs.en[k] === english);
  if (!key) throw new Error(`No message reads “${english}”.`);
  return formatIn(catalogs, key, values, 'es');
}

function pdfText(path: string): string {
  // -raw keeps each table cell's words together, in the order they were written.
  return execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

test('a board that wrote its goals in Spanish prints Spanish papers with none of its English', async ({
  page,
  app,
}, testInfo) => {
  await openApp(page, app);
  const wizard = new WizardPage(page);
  await wizard.expectStep('Board approval');
  const approval = new ApprovalStep(page);
  await approval.recordCarriedVote(daysAgo(1), '2026-14');
  await approval.approve(1);
  await page
    .getByRole('navigation', { name: 'Wizard steps' })
    .getByRole('button', { name: /Signed-off agreement/ })
    .click();

  const save = async (name: string, click: () => Promise<void>) => {
    const downloading = page.waitForEvent('download');
    await click();
    const path = testInfo.outputPath(`${name}.pdf`);
    await (await downloading).saveAs(path);
    mkdirSync('test-results/screenshots', { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', path, `test-results/screenshots/${name}`]);
    return pdfText(path);
  };

  await page
    .getByRole('radiogroup', { name: 'Language of the customer summary' })
    .getByRole('radio', { name: 'Spanish (Español)' })
    .check();
  // Nothing is missing, so no list of English passages stands between the button and the paper.
  const summary = await save('spanish-summary', () =>
    page.getByRole('button', { name: 'Save the customer summary' }).click(),
  );
  const agreement = await save('spanish-agreement', () =>
    page.getByRole('button', { name: 'Save the agreement in Spanish' }).click(),
  );
  await expect(page.getByRole('dialog')).toHaveCount(0);

  for (const [english, spanish] of Object.entries(spanishOf)) {
    expect(summary).toContain(spanish.statement);
    expect(summary).not.toContain(english);
    expect(agreement).toContain(spanish.statement);
    expect(agreement).toContain(spanish.measure);
    expect(agreement).not.toContain(english);
  }
  expect(agreement).toContain(missionInSpanish);
  for (const paper of [summary, agreement]) {
    expect(paper).not.toContain('en inglés');
    expect(paper).toContain('mesa directiva');
  }
  expect(summary).toContain('como máximo 9 roturas por cada 100 millas');
});

test.describe('with the vote recorded', () => {
  const voted = translatedAgreement();
  voted.meeting.value = everyStepFilled().meeting.value;
  test.use({ seed: voted });

  test('the app switched to Spanish speaks it on every step, after a reload, and on paper', async ({
    page,
    app,
  }, testInfo) => {
    test.setTimeout(90_000);
    await openApp(page, app);
    await page.getByRole('button', { name: 'Español' }).click();
    const steps = page.getByRole('navigation', { name: inSpanish('Wizard steps') });
    const walk = async () => {
      for (const step of wizardSteps) {
        const title = catalogs.es[`step.${step}.title`];
        await steps.getByRole('button', { name: new RegExp(title) }).click();
        await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
        await expect(page.getByRole('button', { name: /^Siguiente/ })).toHaveCount(
          step === 'signed-agreement' ? 0 : 1,
        );
      }
    };
    await walk();
    await page.screenshot({ path: 'test-results/screenshots/spanish-step-8.png', fullPage: true });

    await page.reload();
    await expect(page.getByRole('button', { name: 'English' })).toBeVisible();
    await walk();

    await steps
      .getByRole('button', { name: new RegExp(catalogs.es['step.approval.title']) })
      .click();
    await page
      .getByRole('button', {
        name: inSpanish('Approve and freeze revision {revision}', { revision: 1 }),
      })
      .click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: inSpanish('Approve and freeze') })
      .click();
    await steps
      .getByRole('button', { name: new RegExp(catalogs.es['step.signed-agreement.title']) })
      .click();
    await page
      .getByRole('radiogroup', { name: inSpanish('Language of the customer summary') })
      .getByRole('radio', { name: inSpanish('Spanish (Español)'), exact: true })
      .check();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: inSpanish('Save the customer summary') }).click();
    const path = testInfo.outputPath('spanish-screen-summary.pdf');
    await (await downloading).saveAs(path);
    const summary = pdfText(path);
    for (const [english, spanish] of Object.entries(spanishOf)) {
      expect(summary).toContain(spanish.statement);
      expect(summary).not.toContain(english);
    }
    expect(summary).not.toContain('en inglés');
  });
});
