// Spanish translation of content/en/triage.ts; not yet reviewed by a clinician who speaks Spanish.
import type { EvidenceLabel, TriageLevel } from '../ids';
import type { TriageContent } from '../types';

export const triage: Record<TriageLevel, TriageContent> = {
  emergency: {
    label: 'Emergencia',
    heading: 'Llama ahora a tu número de emergencias local',
    summary: 'O ve al servicio de urgencias más cercano: algunas de tus respuestas podrían ser señal de un problema grave.',
  },
  urgent: {
    label: 'Urgente: hoy',
    heading: 'Busca ayuda médica hoy',
    summary: 'Llama para pedir cita hoy: algunas de tus respuestas necesitan que un médico te revise, y no es seguro esperar a ver qué pasa.',
  },
  see_doctor: {
    label: 'Consulta a un médico',
    heading: 'Pide cita con un médico',
    summary: 'No es una emergencia, pero un médico debería revisarlo en los próximos días o semanas.',
  },
  self_care: {
    label: 'Cuidados en casa',
    heading: 'Puedes cuidarte de esto en casa',
    summary: 'Tus respuestas no apuntan a nada grave.',
  },
};

export const evidenceLabels: Record<EvidenceLabel, string> = {
  high: 'Evidencia sólida',
  moderate: 'Evidencia moderada',
  low_moderate: 'Algo de evidencia, no concluyente',
  low: 'Evidencia débil',
  consensus: 'Consejo de expertos, sin ensayos',
  none_found: 'No se encontró evidencia',
};
