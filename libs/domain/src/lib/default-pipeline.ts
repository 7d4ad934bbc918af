import { StageKind } from './stage-kind';

export interface StageTemplate {
  name: string;
  kind: StageKind;
  /** What the candidate reads instead of the team's internal stage name. */
  candidateLabel: string;
  candidateDescription: string;
  visibleToCandidates: boolean;
  notifyCandidates: boolean;
  /** Days until the candidate hears back, suggested when someone enters the stage. */
  defaultResponseDays: number | null;
  /** Minutes the stage's email waits before it goes (an undo window). */
  emailDelayMinutes: number;
}

/** The pipeline a job gets when it is created without stages. */
export const DEFAULT_PIPELINE: readonly StageTemplate[] = [
  {
    name: 'Applied',
    kind: 'APPLIED',
    candidateLabel: 'Application received',
    candidateDescription: 'We have your application and are reading it carefully.',
    visibleToCandidates: true,
    notifyCandidates: true,
    defaultResponseDays: 7,
    emailDelayMinutes: 0,
  },
  {
    name: 'Phone screen',
    kind: 'SCREEN',
    candidateLabel: 'Introductory call',
    candidateDescription: 'A short call to get to know each other and answer your questions.',
    visibleToCandidates: true,
    notifyCandidates: true,
    defaultResponseDays: 5,
    emailDelayMinutes: 0,
  },
  {
    name: 'Video interview',
    kind: 'INTERVIEW',
    candidateLabel: 'Video interview',
    candidateDescription: 'A conversation over video with the people you would work with.',
    visibleToCandidates: true,
    notifyCandidates: true,
    defaultResponseDays: 7,
    emailDelayMinutes: 0,
  },
  {
    name: 'Assessment',
    kind: 'ASSESSMENT',
    candidateLabel: 'Assessment',
    candidateDescription: 'A test or exercise so you can show how you work.',
    visibleToCandidates: true,
    notifyCandidates: true,
    defaultResponseDays: 7,
    emailDelayMinutes: 0,
  },
  {
    name: 'In-person interview',
    kind: 'ONSITE',
    candidateLabel: 'In-person interview',
    candidateDescription: 'Meet the team at our office.',
    visibleToCandidates: true,
    notifyCandidates: true,
    defaultResponseDays: 7,
    emailDelayMinutes: 0,
  },
  {
    name: 'Decision',
    kind: 'DECISION',
    candidateLabel: 'Decision',
    candidateDescription: 'The team is making its decision.',
    visibleToCandidates: true,
    notifyCandidates: true,
    defaultResponseDays: 5,
    emailDelayMinutes: 0,
  },
  {
    name: 'Offer',
    kind: 'OFFER',
    candidateLabel: 'Offer',
    candidateDescription: 'We would love you to join us: your offer is on its way.',
    visibleToCandidates: true,
    notifyCandidates: true,
    defaultResponseDays: 3,
    emailDelayMinutes: 0,
  },
  {
    name: 'Hired',
    kind: 'HIRED',
    candidateLabel: 'Hired',
    candidateDescription: 'Welcome aboard!',
    visibleToCandidates: true,
    notifyCandidates: true,
    defaultResponseDays: null,
    emailDelayMinutes: 0,
  },
  {
    name: 'Not selected',
    kind: 'REJECTED',
    candidateLabel: 'Not selected',
    candidateDescription: 'We have decided not to move forward. Thank you for your time.',
    visibleToCandidates: true,
    notifyCandidates: true,
    defaultResponseDays: null,
    // A rejection waits an hour: moving the candidate back in that time cancels it.
    emailDelayMinutes: 60,
  },
  {
    name: 'Withdrawn',
    kind: 'WITHDRAWN',
    candidateLabel: 'Withdrawn',
    candidateDescription: 'You have withdrawn from this process.',
    visibleToCandidates: true,
    notifyCandidates: true,
    defaultResponseDays: null,
    emailDelayMinutes: 0,
  },
];

/** Candidate-facing defaults for a stage created with only a name and a kind. */
export function stageTemplateFor(name: string, kind: StageKind): StageTemplate {
  const known = DEFAULT_PIPELINE.find((stage) => stage.kind === kind);
  return {
    name,
    kind,
    candidateLabel: name,
    candidateDescription: known?.candidateDescription ?? '',
    visibleToCandidates: true,
    notifyCandidates: true,
    defaultResponseDays: known ? known.defaultResponseDays : 7,
    emailDelayMinutes: known ? known.emailDelayMinutes : 0,
  };
}
