/** Where the API reads "now". Tests replace it to move time; nothing else calls `new Date()` for rules. */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
