/** The rules a training session's figures obey, each refused as a problem naming its field. */
import { InvalidInputError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';

export interface SessionFacts {
  startDate: string;
  endDate: string;
  participants: number;
  personTimes: number;
  jobsFound: number;
  certificates: number;
  /** How many participants are named. */
  named: number;
}

/** @throws InvalidInputError (422) naming the first field at fault. */
export function assertSessionRules(f: SessionFacts): void {
  if (f.endDate < f.startDate) {
    throw InvalidInputError.field(
      'endDate',
      problem('training.endBeforeStart', { startDate: f.startDate }),
    );
  }
  if (f.personTimes < f.participants) {
    throw InvalidInputError.field(
      'personTimes',
      problem('training.personTimesBelowParticipants', {
        personTimes: f.personTimes,
        participants: f.participants,
      }),
    );
  }
  if (f.named > f.participants) {
    throw InvalidInputError.field(
      'participantList',
      problem('training.namedAboveParticipants', { named: f.named, participants: f.participants }),
    );
  }
  for (const field of ['jobsFound', 'certificates'] as const) {
    if (f[field] > f.participants) {
      throw InvalidInputError.field(
        field,
        problem('training.outcomeAboveParticipants', {
          value: f[field],
          participants: f.participants,
        }),
      );
    }
  }
}
