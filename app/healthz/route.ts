/**
 * The health route for load balancers, Kubernetes probes and the container's
 * HEALTHCHECK: 200 while the server can render (it builds the check's machine
 * on import, so a broken content build fails here too). Reads nothing from
 * the request, stores nothing, logs nothing.
 */
import { review } from '@/content';
import { triageMachine } from '@/machines/triage';

export function GET() {
  // Touch the machine, so a build whose flow table broke it cannot answer "ok".
  const ok = triageMachine.root.states.review !== undefined;
  return Response.json({ status: ok ? 'ok' : 'broken', contentVersion: review.version }, { status: ok ? 200 : 500, headers: { 'Cache-Control': 'no-store' } });
}
