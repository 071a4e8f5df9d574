/**
 * The README's screenshots, from the production build: `npm run build && npm run screenshots`.
 * Phone size (390 × 844) for the person's pages, light and dark; a laptop for the
 * clinic's page with the check embedded. Writes public/screenshots/*.png.
 */
import { checkQuery } from '../machines/address';
import type { PathAnswer } from '../machines/triage';
import { launchChromium, serve } from './serve';
import { answersFor } from '../machines/model';

const none = (question: PathAnswer['question']): PathAnswer => ({ question, value: [] });
// The pages between come from the machine, so the path stays a whole one as questions are added.
const SELF_CARE: PathAnswer[] = answersFor({ age: 'age_16_plus', kind: ['cramp'], pattern: ['toes_pointed'] });
const EMERGENCY = [none('screen_leg'), { question: 'screen_body', value: ['chest_pain'] }] satisfies PathAnswer[];
const URGENT = [{ question: 'screen_leg', value: ['calf_swollen'] }, none('screen_body'), none('screen_medical')] satisfies PathAnswer[];

const PHONE = { width: 390, height: 844 };
const SHOTS: { file: string; path: string; scheme: 'light' | 'dark'; fullPage?: boolean }[] = [
  { file: 'question-phone.png', path: '/check', scheme: 'light' },
  { file: 'question-phone-ar.png', path: '/ar/check', scheme: 'light' },
  { file: 'result-self-care.png', path: `/result${checkQuery(SELF_CARE)}`, scheme: 'light' },
  { file: 'result-self-care-dark.png', path: `/result${checkQuery(SELF_CARE)}`, scheme: 'dark' },
  { file: 'result-emergency-phone.png', path: `/result${checkQuery(EMERGENCY)}`, scheme: 'light' },
];

async function main() {
  const server = await serve(Number(process.env.SCREENSHOT_PORT ?? 3600), Number(process.env.SCREENSHOT_DEMO_PORT ?? 3601));
  const browser = await launchChromium();
  try {
    for (const shot of SHOTS) {
      const page = await browser.newPage({ viewport: PHONE, colorScheme: shot.scheme, deviceScaleFactor: 2 });
      await page.goto(server.base + shot.path, { waitUntil: 'networkidle' });
      await page.screenshot({ path: `public/screenshots/${shot.file}`, fullPage: shot.fullPage ?? false });
      await page.close();
      console.log(`public/screenshots/${shot.file}`);
    }
    const laptop = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await laptop.goto(server.demo!, { waitUntil: 'networkidle' });
    await laptop.frameLocator('leg-cramp-check iframe').getByRole('heading', { level: 1 }).waitFor();
    await laptop.screenshot({ path: 'public/screenshots/embed-demo.png' });
    console.log('public/screenshots/embed-demo.png');
    // The clinicians' diagram on a laptop: one person's path, the warning-sign stage at "Fit".
    const clinician = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await clinician.goto(`${server.base}/diagram${checkQuery(URGENT, undefined, { version: null })}`, { waitUntil: 'networkidle' });
    await clinician.locator('button[data-view="red_flags_1"]').click();
    await clinician.locator('[data-testid="diagram-canvas"][data-view="red_flags_1"] svg').waitFor();
    await clinician.getByRole('button', { name: 'Fit to screen' }).click();
    await clinician.locator('.app-diagram__viewport').scrollIntoViewIfNeeded();
    await clinician.locator('.app-diagram__viewport').screenshot({ path: 'public/screenshots/diagram.png' });
    console.log('public/screenshots/diagram.png');
    await clinician.goto(`${server.base}/review#stage-red_flags`, { waitUntil: 'networkidle' });
    await clinician.screenshot({ path: 'public/screenshots/review.png' });
    console.log('public/screenshots/review.png');
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
