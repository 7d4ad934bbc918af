import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import type { Pool, PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * Keeps a lost database connection from ending the process. pg's pool listens for errors only on
 * idle clients, and TypeORM (0.3.31) adds no listener to a client it holds: when PostgreSQL
 * restarts while a transaction holds a connection between two statements, that client emits
 * 'error' with no listener, which Node turns into an uncaught exception. Every client the pool
 * hands out gets a listener here (once); the statement in flight still fails, and its request
 * answers with an error, but the process and the other requests go on.
 */
@Injectable()
export class ConnectionErrors implements OnModuleInit {
  private readonly logger = new Logger('Database');
  private readonly guarded = new WeakSet<PoolClient>();

  constructor(private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    pool.on('acquire', (client) => {
      if (this.guarded.has(client)) return;
      this.guarded.add(client);
      client.on('error', (error: Error) => this.logger.warn(`A database connection was lost: ${error.message}`));
    });
  }
}
