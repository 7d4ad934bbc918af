import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Store, storage } from 'nestjs-pino/storage';
import { pinoHttp } from 'pino-http';
import { graphqlOperationOf } from './graphql-operation';
import { OTHER_OPERATION } from './known-operations';
import { acceptedRequestId, loggedOperationName, loggedPath, methodClass, routeClass } from './log-redaction';
import { AppLogger } from './logger';
import { Metrics } from './metrics';

const STARTED = Symbol('candor.requestStarted');

type Timed = Request & { [STARTED]?: bigint };

/** Probes and scrapes answer every few seconds: their lines are debug, unless they fail. */
const QUIET_PATHS = /^\/(health(\/|$)|metrics$)/;

/**
 * The first middleware of every request: a request ID (a sane X-Request-Id, else a new UUID,
 * echoed in the response), a logger bound to it for everything logged while the request runs
 * (Nest's and pino's, through nestjs-pino's store), and when the response is done one log line
 * (method, path with tokens replaced, status, duration in ms, the GraphQL operation's name) and
 * the request's metrics. Bodies, headers, query strings and GraphQL variables are never logged.
 */
export function requestObserver(logger: AppLogger, metrics: Metrics): RequestHandler {
  const http = pinoHttp({
    logger,
    quietReqLogger: true,
    quietResLogger: true,
    genReqId: (req, res) => {
      const id = acceptedRequestId(req.headers['x-request-id']) ?? randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    customLogLevel: (req, res, error) => {
      const probe = QUIET_PATHS.test(loggedPath(req.url ?? '/'));
      // A probe's 503 is its answer (the database is down), said as a warning; any other 5xx is an error.
      if (error || res.statusCode >= 500) return probe ? 'warn' : 'error';
      return probe ? 'debug' : 'info';
    },
    customSuccessObject: (req, res) => summary(req as Request, res as Response),
    customSuccessMessage: (req, res) => message(req as Request, res as Response),
    customErrorObject: (req, res) => summary(req as Request, res as Response),
    customErrorMessage: (req, res) => message(req as Request, res as Response),
  });

  return (req: Request, res: Response, next: NextFunction) => {
    (req as Timed)[STARTED] = process.hrtime.bigint();
    let done = false;
    const finished = () => {
      if (done) return;
      done = true;
      const path = req.originalUrl ?? req.url;
      metrics.observeRequest(routeClass(req.method, path), methodClass(req.method), res.statusCode, elapsedMs(req) / 1000, graphqlOperationOf(req));
    };
    res.once('finish', finished);
    res.once('close', finished);
    http(req, res, () => storage.run(new Store(req.log), next));
  };
}

function elapsedMs(req: Request): number {
  const started = (req as Timed)[STARTED];
  return started === undefined ? 0 : Number(process.hrtime.bigint() - started) / 1e6;
}

function summary(req: Request, res: Response): Record<string, unknown> {
  const operation = graphqlOperationOf(req);
  return {
    method: req.method,
    path: loggedPath(req.originalUrl ?? req.url),
    status: res.statusCode,
    durationMs: Math.round(elapsedMs(req) * 10) / 10,
    ...(operation ? { operation: loggedOperationName(operation.name, operation.label !== OTHER_OPERATION), operationType: operation.type } : {}),
  };
}

function message(req: Request, res: Response): string {
  const operation = graphqlOperationOf(req);
  const name = operation ? ` ${loggedOperationName(operation.name, operation.label !== OTHER_OPERATION)}` : '';
  return `${req.method} ${loggedPath(req.originalUrl ?? req.url)}${name} ${res.statusCode} ${Math.round(elapsedMs(req))} ms`;
}
