/**
 * The triage machine: the single source of truth for the flow, generated from
 * the flow table (content/clinical/flow.ts) that clinicians sign off.
 *
 * - machines/rules.ts says what answers mean (level, causes, actions, the calcium answer);
 * - machines/build-machine.ts turns the table into the XState machine;
 * - this module is where everyone else imports them from.
 */
import { FLOW } from '../content/clinical/flow';
import { buildTriageMachine } from './build-machine';

export const triageMachine = buildTriageMachine(FLOW);

export * from './rules';
export { pathOf, type QuestionMeta, type StateMeta, type TransitionMeta, type TriageContext, type TriageEvent } from './build-machine';
