import { review } from '@/content';
import type { UiContent } from '@/content/types';
import { fill } from '@/lib/fill';
import { CURRENT_REVIEW, type ReviewState } from '@/lib/sign-off';

/** Whether a clinician has signed this exact content off, as patients should read it (computed from the sign-off records). */
export const reviewStatus = (ui: UiContent, state: ReviewState = CURRENT_REVIEW): string =>
  state.status === 'reviewed'
    ? fill(ui.footer.reviewed, { date: state.signOff.date, reviewers: state.signOff.reviewers.map((r) => `${r.name} (${r.role})`).join(', ') })
    : ui.footer.draft;

/** "Content version 0.3.0: Draft, not yet reviewed by a clinician". */
export const reviewStatusText = (ui: UiContent, state: ReviewState = CURRENT_REVIEW): string =>
  fill(ui.footer.contentVersion, { version: review.version, status: reviewStatus(ui, state) });

export function ReviewStatus({ ui }: { ui: UiContent }) {
  return (
    <span className="app-review-status" data-testid="review-status" data-reviewed={CURRENT_REVIEW.status === 'reviewed' ? 'true' : 'false'}>
      {reviewStatusText(ui)}
    </span>
  );
}
