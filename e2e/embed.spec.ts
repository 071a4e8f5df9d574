import { expect, test, type Frame, type Page } from '@playwright/test';
import { demoPorts, restrictedPort } from '../playwright.config';
import { QUESTION_IDS, QUESTIONS } from '../content/ids';
import { content, walkToResult, WALKS, type WalkStep } from './walk';
import { contentFor } from '../content';
import { TRANSLATIONS } from '../content/translations';
import { CONTENT_VERSION } from '../machines/address';

const app = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100)}`;
const restrictedApp = `http://127.0.0.1:${restrictedPort}`;
const [allowedHost, otherHost] = demoPorts.map((p) => `http://127.0.0.1:${p}`) as [string, string];

interface HostEvent {
  type: string;
  detail: Record<string, unknown>;
}

async function openClinic(page: Page, query = '', host = allowedHost): Promise<Frame> {
  await page.goto(`${host}/${query}`);
  const element = page.locator('leg-cramp-check iframe');
  await expect(element).toHaveAttribute('src', /\/embed\//);
  const frame = await (await element.elementHandle())!.contentFrame();
  await frame!.waitForLoadState();
  return frame!;
}

/** Walk inside the frame, as a person would. */
async function walkInFrame(frame: Frame, steps: readonly WalkStep[]) {
  await frame.getByRole('link', { name: content.ui.start.startButton }).click();
  for (const step of steps) {
    await expect(frame.locator('form[data-question]')).toHaveAttribute('data-question', step.question);
    const ids = typeof step.value === 'string' ? [step.value] : step.value.length > 0 ? step.value : ['none'];
    for (const id of ids) await frame.locator(`#v-${id}`).check();
    await frame.getByRole('button', { name: content.ui.step.continueButton }).click();
  }
  const review = frame.getByRole('button', { name: content.ui.review.confirmButton });
  const result = frame.locator('[data-triage]');
  await expect(review.or(result)).toBeVisible();
  if (await review.isVisible()) await review.click();
  await expect(result).toBeVisible();
}

const frameTop = (page: Page) => page.locator('leg-cramp-check iframe').evaluate((e) => e.getBoundingClientRect().top);

/** The frame's heading in the host's viewport coordinates: the frame's top plus the heading's place in the frame. */
async function headingInHost(page: Page, frame: Frame) {
  const top = await frameTop(page);
  const heading = await frame.locator('#question-heading').evaluate((e) => {
    const { top, bottom } = e.getBoundingClientRect();
    return { top, bottom };
  });
  return { top: top + heading.top, bottom: top + heading.bottom };
}

const PHONE = { width: 390, height: 844 };
const SMALL_PHONE = { width: 360, height: 540 };
const headingInView = async (page: Page, frame: Frame) => {
  const { top, bottom } = await headingInHost(page, frame);
  return top >= 0 && bottom <= PHONE.height;
};
const focusedInFrame = (frame: Frame) => frame.evaluate(() => document.activeElement?.id ?? '');
const hostScrollY = (page: Page) => page.evaluate(() => window.scrollY);

const frameHeight = (page: Page) => page.locator('leg-cramp-check iframe').evaluate((e) => (e as HTMLIFrameElement).getBoundingClientRect().height);
const innerScrolls = (frame: Frame) => frame.evaluate(() => document.documentElement.scrollHeight > window.innerHeight + 1);
const events = (page: Page) => page.evaluate(() => (window as unknown as { __events: HostEvent[] }).__events);

test('the two-line snippet renders the check in a frame, themed by its attributes', async ({ page }) => {
  const frame = await openClinic(page);
  expect(frame.url().startsWith(`${app}/embed/`)).toBe(true);
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(content.ui.start.heading);
  // No site chrome in the frame, but the emergency notice stays, with the clinic's number.
  await expect(frame.locator('.app-header')).toHaveCount(0);
  await expect(frame.locator('.app-emergency-notice')).toContainText('999');
  const background = await frame.getByRole('link', { name: content.ui.start.startButton }).evaluate((e) => getComputedStyle(e).backgroundColor);
  expect(background).toBe('rgb(0, 94, 184)');
});

test('at home in a 320 px wide page: nothing scrolls sideways, inside or outside the frame', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const frame = await openClinic(page);
  await frame.getByRole('link', { name: content.ui.start.startButton }).click();
  await expect(frame.locator('form[data-question="screen_leg"]')).toBeVisible();
  const sideways = (target: Page | Frame) => target.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  expect(await sideways(page)).toBe(false);
  expect(await sideways(frame)).toBe(false);
  const box = await frame.getByRole('button', { name: content.ui.step.continueButton }).boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44);
});

test('the frame grows and shrinks with its content, with no inner scrollbar', async ({ page }) => {
  const frame = await openClinic(page);
  await frame.getByRole('link', { name: content.ui.start.startButton }).click();
  await expect(frame.locator('form[data-question="screen_leg"]')).toBeVisible();
  await expect.poll(() => innerScrolls(frame)).toBe(false);
  const question = await frameHeight(page);

  await frame.getByRole('link', { name: content.ui.step.restartLink }).click();
  await walkInFrameFromHere(frame, WALKS.see_doctor);
  await expect.poll(() => innerScrolls(frame)).toBe(false);
  // Opening every section of the result makes it much longer: the frame follows.
  const result = await frameHeight(page);
  await frame.locator('.app-result__more summary').evaluateAll((summaries) => summaries.forEach((s) => (s as HTMLElement).click()));
  await expect.poll(() => frameHeight(page)).toBeGreaterThan(result + 1000);
  await expect.poll(() => innerScrolls(frame)).toBe(false);

  await frame.getByRole('link', { name: content.ui.result.startAgain }).click();
  await expect(frame.locator('form[data-question="screen_leg"]')).toBeVisible();
  await expect.poll(() => frameHeight(page)).toBeLessThan(question + 2);
  await expect.poll(() => innerScrolls(frame)).toBe(false);
});

async function walkInFrameFromHere(frame: Frame, steps: readonly WalkStep[]) {
  for (const step of steps) {
    await expect(frame.locator('form[data-question]')).toHaveAttribute('data-question', step.question);
    const ids = typeof step.value === 'string' ? [step.value] : step.value.length > 0 ? step.value : ['none'];
    for (const id of ids) await frame.locator(`#v-${id}`).check();
    await frame.getByRole('button', { name: content.ui.step.continueButton }).click();
  }
  await frame.getByRole('button', { name: content.ui.review.confirmButton }).click();
  await expect(frame.locator('[data-triage]')).toBeVisible();
}

/** Every message the frame posted to the host page, as any script there could read it. */
const messages = (page: Page) => page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages);

test('the result event carries causes only with events="detailed"; by default they never leave the frame; a bad value is ignored with a warning', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  const result = async () => {
    await expect.poll(async () => (await events(page)).some((e) => e.type === 'legcrampcheck:result')).toBe(true);
    return (await events(page)).find((e) => e.type === 'legcrampcheck:result')!;
  };
  // No attribute: the level only, in the event and in every message the frame posted.
  await walkInFrame(await openClinic(page), WALKS.see_doctor);
  expect((await result()).detail).toEqual({ triage: 'see_doctor' });
  expect(JSON.stringify(await messages(page))).not.toContain('restless_legs');
  // The opt-in: the cause ids too.
  await walkInFrame(await openClinic(page, '?events=detailed'), WALKS.see_doctor);
  expect((await result()).detail).toEqual({ triage: 'see_doctor', causes: ['restless_legs'] });
  // A bad value: ignored (no causes), with a console warning naming the attribute.
  await walkInFrame(await openClinic(page, '?events=all'), WALKS.see_doctor);
  expect((await result()).detail).toEqual({ triage: 'see_doctor' });
  expect(JSON.stringify(await messages(page))).not.toContain('restless_legs');
  expect(warnings.some((w) => w.includes('ignored the events attribute'))).toBe(true);
});

test('start, step and result events reach the host, and never carry answers', async ({ page }) => {
  const frame = await openClinic(page);
  const steps = WALKS.see_doctor;
  await walkInFrame(frame, steps);
  await expect.poll(async () => (await events(page)).some((e) => e.type === 'legcrampcheck:result')).toBe(true);
  const received = await events(page);
  expect(received[0]).toEqual({ type: 'legcrampcheck:start', detail: {} });
  const stepEvents = received.filter((e) => e.type === 'legcrampcheck:step');
  expect(stepEvents.map((e) => e.detail)).toEqual(steps.map((_, i) => ({ step: i + 1 })));
  // By default the level only: no cause id (health information about the visitor) reaches the host.
  expect(received.at(-1)).toEqual({ type: 'legcrampcheck:result', detail: { triage: 'see_doctor' } });
  // Nothing a person answered, and no question, is in any event.
  const text = JSON.stringify(received);
  const answerIds = QUESTION_IDS.flatMap((q) => QUESTIONS[q].answers as readonly string[]);
  for (const id of [...answerIds, ...QUESTION_IDS]) expect(text).not.toContain(`"${id}"`);
  for (const event of received) expect(Object.keys(event.detail).every((k) => ['step', 'triage', 'causes'].includes(k))).toBe(true);
});

test('at phone size, the heading is in view and focused after "Start now", every step and "See my result" @phone', async ({ page }) => {
  await page.setViewportSize(PHONE);
  const frame = await openClinic(page);
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(content.ui.start.heading);
  // The clinic's page does not move as it loads.
  expect(await hostScrollY(page)).toBe(0);

  // The frame sits below the clinic's introduction, and Start is at the end of a long start page:
  // by the time the person reaches it, the frame's top is far above the screen.
  const start = frame.getByRole('link', { name: content.ui.start.startButton });
  await start.scrollIntoViewIfNeeded();
  expect(await frameTop(page)).toBeLessThan(0);
  await start.click();
  await expect(frame.locator('form[data-question="screen_leg"]')).toBeVisible();
  await expect.poll(() => headingInView(page, frame)).toBe(true);
  await expect.poll(() => focusedInFrame(frame)).toBe('question-heading');

  // Each Continue is at the bottom of its page; each new question (and "check your answers") comes back into view.
  for (const step of WALKS.self_care) {
    await expect(frame.locator('form[data-question]')).toHaveAttribute('data-question', step.question);
    await expect.poll(() => headingInView(page, frame)).toBe(true);
    await expect.poll(() => focusedInFrame(frame)).toBe('question-heading');
    const ids = typeof step.value === 'string' ? [step.value] : step.value.length > 0 ? step.value : ['none'];
    for (const id of ids) await frame.locator(`#v-${id}`).check();
    await frame.getByRole('button', { name: content.ui.step.continueButton }).click();
  }
  const confirm = frame.getByRole('button', { name: content.ui.review.confirmButton });
  await expect(confirm).toBeVisible();
  await expect.poll(() => headingInView(page, frame)).toBe(true);
  await confirm.scrollIntoViewIfNeeded();
  // The long self-care walk leaves the host far down its page, below the frame's top.
  expect((await headingInHost(page, frame)).top).toBeLessThan(0);
  await confirm.click();
  await expect(frame.locator('[data-triage="self_care"]')).toBeVisible();
  await expect.poll(() => headingInView(page, frame)).toBe(true);
  await expect.poll(() => focusedInFrame(frame)).toBe('question-heading');
  await expect(frame.locator('#question-heading')).toHaveText(content.triage.self_care.heading);
});

test('the clinic name and phone show on see-a-doctor and urgent results; the emergency number on an emergency one', async ({ page }) => {
  const frame = await openClinic(page);
  await walkInFrame(frame, WALKS.see_doctor);
  const clinic = frame.getByTestId('clinic-contact');
  await expect(clinic).toContainText('Riverside Health Centre');
  await expect(clinic.getByRole('link')).toHaveAttribute('href', 'tel:+442079460000');

  const again = await openClinic(page);
  await walkInFrame(again, WALKS.emergency);
  const calls = again.getByTestId('care-card').locator('a[href^="tel:"]');
  await expect(calls).toHaveCount(1);
  await expect(calls).toHaveAttribute('href', 'tel:999');

  // An urgent result offers the clinic's phone first, inside the care card.
  const urgent = await openClinic(page);
  await walkInFrame(urgent, WALKS.urgent);
  const urgentCalls = urgent.getByTestId('care-card').locator('a[href^="tel:"]');
  await expect(urgentCalls.first()).toHaveAttribute('href', 'tel:+442079460000');
  await expect(urgent.getByTestId('care-card').getByTestId('clinic-contact')).toContainText('Riverside Health Centre');
});

test('a clinic name with $ patterns is shown exactly as written', async ({ page }) => {
  const name = "Dr $` and $& Clinic $1";
  const frame = await openClinic(page, `?${new URLSearchParams({ 'clinic-name': name })}`);
  await walkInFrame(frame, WALKS.see_doctor);
  await expect(frame.getByTestId('clinic-contact')).toContainText(`Contact ${name}`);
});

test('bad attributes are ignored with a console warning, never rendered', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  const query = new URLSearchParams({
    'theme-color': 'red;}</style><script>window.__pwned=1</script>',
    'clinic-phone': '<img src=x onerror="window.__pwned=2">',
    'emergency-number': '911; DROP',
    'clinic-name': 'A'.repeat(200),
    theme: 'dark;}html{display:none',
    start: 'later',
  });
  const frame = await openClinic(page, `?${query}`);
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(content.ui.start.heading);
  for (const attribute of ['theme-color', 'clinic-phone', 'emergency-number', 'clinic-name', 'theme', 'start']) {
    expect(warnings.some((w) => w.includes(`the ${attribute} attribute`))).toBe(true);
  }
  await expect(frame.locator('#embed-root')).not.toHaveAttribute('data-theme');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await frame.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  // The frame fell back to its defaults: no clinic colour, the generic emergency wording.
  await expect(frame.locator('.app-emergency-notice')).not.toContainText('911; DROP');
  // Only the one valid attribute (lang) reached the frame.
  const token = new URL(frame.url()).pathname.split('/')[2]!;
  expect(JSON.parse(Buffer.from(token, 'base64url').toString('utf8'))).toEqual({ lang: 'en' });
});

test('the theme attribute fixes the frame light or dark; without it (or with auto) the reader\'s setting is left alone', async ({ page }) => {
  for (const theme of ['dark', 'light'] as const) {
    const frame = await openClinic(page, `?theme=${theme}`);
    const token = new URL(frame.url()).pathname.split('/')[2]!;
    expect(JSON.parse(Buffer.from(token, 'base64url').toString('utf8'))).toMatchObject({ theme });
    await expect(frame.locator('#embed-root')).toHaveAttribute('data-theme', theme);
    // The frame's own canvas and controls follow it too.
    expect(await frame.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(theme);
  }
  for (const query of ['', '?theme=auto']) {
    const frame = await openClinic(page, query);
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(content.ui.start.heading);
    await expect(frame.locator('#embed-root')).not.toHaveAttribute('data-theme');
  }
});

test('start="skip" opens the frame on the first question, without moving or focusing the clinic\'s page @phone', async ({ page }) => {
  // A small phone, where the frame's top starts low enough on the screen that it would be scrolled to.
  await page.setViewportSize(SMALL_PHONE);
  const frame = await openClinic(page, '?start=skip');
  await expect(frame.locator('form[data-question="screen_leg"]')).toBeVisible();
  expect(new URL(frame.url()).pathname).toMatch(/^\/embed\/[A-Za-z0-9_-]+\/check$/);
  // The first page was announced (the start event follows the page message) and yet the
  // host did not scroll to it, although the frame's top is low on the screen...
  await expect.poll(async () => (await events(page)).map((e) => e.type)).toEqual(['legcrampcheck:start', 'legcrampcheck:step']);
  expect(await hostScrollY(page)).toBe(0);
  expect(await frameTop(page)).toBeGreaterThan(SMALL_PHONE.height / 3);
  // ...nor took the focus from it.
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  expect(await focusedInFrame(frame)).not.toBe('question-heading');
});

test('start="skip" works with JavaScript off: the server sends the frame to the first question @no-js', async ({ page, request }) => {
  const token = Buffer.from(JSON.stringify({ start: 'skip' })).toString('base64url');
  const response = await request.get(`${app}/embed/${token}`, { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers()['location']).toBe(`/embed/${token}/check`);
  await page.goto(`${app}/embed/${token}`);
  await expect(page.locator('form[data-question="screen_leg"]')).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(`/embed/${token}/check`);
});

test('the frame checks its settings too: a hand-made bad token is ignored with a warning', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  const token = Buffer.from(JSON.stringify({ themeColor: 'url(javascript:alert(1))', clinicName: '<b>x</b>', emergencyNumber: '999' })).toString('base64url');
  await page.goto(`${app}/embed/${token}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content.ui.start.heading);
  await expect.poll(() => warnings.filter((w) => w.includes('Leg Cramp Check')).length).toBe(2);
  await expect(page.locator('.app-emergency-notice')).toContainText('999');
  const unreadable = await page.goto(`${app}/embed/not*a*token`);
  expect(unreadable?.status()).toBeLessThan(500);
});

test('an origin off the allowlist receives no events (and cannot frame the check); an allowed one does', async ({ page }) => {
  // Allowed host: events arrive from the restricted server.
  const allowed = await openClinic(page, `?app=${encodeURIComponent(restrictedApp)}`, allowedHost);
  await allowed.getByRole('link', { name: content.ui.start.startButton }).click();
  await expect.poll(async () => (await events(page)).length).toBeGreaterThan(0);

  // Another host: the frame is refused and nothing arrives.
  await page.goto(`${otherHost}/?app=${encodeURIComponent(restrictedApp)}`);
  const iframe = page.locator('leg-cramp-check iframe');
  await expect(iframe).toHaveAttribute('src', new RegExp(`^${restrictedApp}/embed/`));
  const frame = await (await iframe.elementHandle())!.contentFrame();
  await page.waitForTimeout(1500);
  await expect(frame!.locator('body')).not.toContainText(content.ui.start.heading);
  expect(await events(page)).toEqual([]);
});

test('routes other than /embed refuse to be framed', async ({ page, request }) => {
  for (const path of ['/', '/check', `/result?a=screen_leg:cold_pale_leg&version=${CONTENT_VERSION}`, '/diagram']) {
    const headers = (await request.get(`${app}${path}`)).headers();
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  }
  const embedHeaders = (await request.get(`${app}/embed/default`)).headers();
  expect(embedHeaders['x-frame-options']).toBeUndefined();
  expect(embedHeaders['content-security-policy']).toContain('frame-ancestors *');

  await page.goto(allowedHost);
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.id = 'framed-check';
    frame.src = src;
    document.body.append(frame);
  }, `${app}/check`);
  await page.waitForTimeout(1500);
  const framed = page.frames().find((f) => f.url() !== page.url() && !f.url().includes('/embed/'));
  const visible = framed ? await framed.locator('form[data-question]').count() : 0;
  expect(visible).toBe(0);
});

test('the embed route works when opened directly with JavaScript off @no-js', async ({ page }) => {
  await walkToResult(page, WALKS.urgent, '/embed/default');
  await expect(page.locator('[data-triage]')).toHaveAttribute('data-triage', 'urgent');
  expect(new URL(page.url()).pathname).toBe('/embed/default/result');
});

test('embed.js stays within its 2 kB gzipped budget', async ({ request }) => {
  const { gzipSync } = await import('node:zlib');
  const body = await (await request.get(`${app}/embed.js`)).body();
  expect(gzipSync(body, { level: 9 }).length).toBeLessThanOrEqual(2048);
});

test('the demo clinic page with lang="ar" shows the Arabic check in the frame, right to left, and walks to an Arabic result', async ({ page }) => {
  const ar = contentFor('ar');
  const frame = await openClinic(page, '?lang=ar');
  await expect(frame.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(frame.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(ar.ui.start.heading);
  await expect(frame.getByTestId('translation-status').first()).toHaveText(TRANSLATIONS.ar.record.notice.unreviewed);
  await frame.getByRole('link', { name: ar.ui.start.startButton }).click();
  for (const step of WALKS.emergency) {
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(ar.questions[step.question].heading);
    const ids = typeof step.value === 'string' ? [step.value] : step.value.length > 0 ? step.value : ['none'];
    for (const id of ids) await frame.locator(`#v-${id}`).check();
    await frame.getByRole('button', { name: ar.ui.step.continueButton }).click();
  }
  await expect(frame.locator('[data-triage="emergency"]')).toBeVisible();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(ar.triage.emergency.heading);
  // The clinic's emergency number, kept left to right inside the Arabic sentence.
  await expect(frame.locator('.app-button--call [dir="ltr"]').first()).toHaveText('999');
});
