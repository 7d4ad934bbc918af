import { DynamicModule, Global, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { AppLogger, CandorNestLogger, createAppLogger } from './logger';
import { Metrics } from './metrics';
import { MetricsController } from './metrics.controller';

/** The application's pino logger (logger.ts), for the request observer and anything that logs structured records. */
export const APP_LOGGER = Symbol('APP_LOGGER');

/**
 * Logs, metrics and the request observer's parts. Global: any module may count what it does
 * (Metrics) or log through pino. Nest's Logger writes through CandorNestLogger once the
 * application uses it (main.ts).
 */
@Global()
@Module({})
export class ObservabilityModule {
  /** `logger`: the process's logger (main.ts makes it before Nest starts; tests give one that records); made from `config` when absent. */
  static register(config: AppConfig, logger: AppLogger = createAppLogger(config.observability)): DynamicModule {
    return {
      module: ObservabilityModule,
      // The request observer (configure-http.ts) makes req.log; nestjs-pino only binds it (useExisting).
      imports: [LoggerModule.forRoot({ pinoHttp: { logger }, useExisting: true })],
      controllers: [MetricsController],
      providers: [{ provide: APP_LOGGER, useValue: logger }, Metrics, CandorNestLogger],
      exports: [APP_LOGGER, Metrics, CandorNestLogger, LoggerModule],
    };
  }
}
