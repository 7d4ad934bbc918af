import { Clock } from '../../src/common/clock';

/** A clock tests can move. It follows real time unless set. */
export class FakeClock extends Clock {
  private fixed: Date | null = null;

  now(): Date {
    return this.fixed ? new Date(this.fixed) : new Date();
  }

  set(instant: string | Date): void {
    this.fixed = new Date(instant);
  }

  /** Follows real time again. */
  reset(): void {
    this.fixed = null;
  }

  advance(ms: number): void {
    this.fixed = new Date(this.now().getTime() + ms);
  }
}
