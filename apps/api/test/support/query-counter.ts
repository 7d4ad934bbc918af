import { AbstractLogger, LogLevel, LogMessage } from 'typeorm';

/** Counts the SQL statements the app sends, so tests can assert query budgets (not timings). */
export class QueryCounter extends AbstractLogger {
  statements: string[] = [];

  reset(): void {
    this.statements = [];
  }

  override logQuery(query: string): void {
    this.statements.push(query);
  }

  protected writeLog(_level: LogLevel, _message: LogMessage | LogMessage[]): void {
    // Errors surface through the app's own error handling; nothing to print here.
  }
}
