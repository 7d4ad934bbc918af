import { STAGE_KINDS } from '@candor/domain';
import type { StageKind } from '../../../generated/graphql';

const LABELS: Record<StageKind, string> = {
  APPLIED: 'Applied',
  SCREEN: 'Screen',
  INTERVIEW: 'Interview',
  ASSESSMENT: 'Assessment',
  ONSITE: 'Onsite',
  DECISION: 'Decision',
  OFFER: 'Offer',
  HIRED: 'Outcome: hired',
  REJECTED: 'Outcome: not selected',
  WITHDRAWN: 'Outcome: withdrawn',
};

export function kindLabel(kind: StageKind): string {
  return LABELS[kind];
}

export const KIND_OPTIONS = STAGE_KINDS.map((kind) => ({ value: kind, label: LABELS[kind] }));
