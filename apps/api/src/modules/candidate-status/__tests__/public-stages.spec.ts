import { StageKind } from '@candor/domain';
import { publicStages, StatusStage } from '../status-view';

const stage = (id: string, position: number, kind: StageKind = 'INTERVIEW', visibleToCandidates = true): StatusStage => ({
  id,
  kind,
  position,
  candidateLabel: id,
  candidateDescription: '',
  visibleToCandidates,
});
const PIPELINE = [stage('applied', 0, 'APPLIED'), stage('phone', 1, 'SCREEN'), stage('references', 2, 'INTERVIEW', false), stage('interview', 3), stage('rejected', 4, 'REJECTED')];
const states = (current: string, reached: string[]) => publicStages(PIPELINE, current, reached).stages.map((s) => `${s.name}: ${s.state}`);

describe('publicStages', () => {
  it('shows a hidden current stage as the last visible stage before it that the candidate went through', () => {
    expect(states('references', ['applied', 'references'])).toEqual(['applied: CURRENT', 'interview: UPCOMING']);
    expect(states('references', ['applied', 'phone', 'references'])).toEqual(['applied: DONE', 'phone: CURRENT', 'interview: UPCOMING']);
  });

  it('leaves out passed-over stages and never lists the outcomes while the process runs', () => {
    expect(states('interview', ['applied', 'interview'])).toEqual(['applied: DONE', 'interview: CURRENT']);
  });

  it('keeps the journey once there is an outcome: the visible stages gone through, then the outcome, nothing upcoming', () => {
    expect(states('rejected', ['applied', 'rejected'])).toEqual(['applied: DONE', 'rejected: CURRENT']);
    expect(states('rejected', ['applied', 'phone', 'references', 'interview', 'rejected'])).toEqual([
      'applied: DONE',
      'phone: DONE',
      'interview: DONE',
      'rejected: CURRENT',
    ]);
    expect(publicStages(PIPELINE, 'rejected', ['applied', 'rejected']).current.name).toBe('rejected');
  });
});
