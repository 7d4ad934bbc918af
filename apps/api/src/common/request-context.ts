import type { Request, Response } from 'express';
import type { Actor } from './actor';
import type { LoaderRegistry } from '../modules/loaders/loader-registry';

export interface CandorRequest extends Request {
  actor?: Actor;
}

/** The GraphQL context of one request. */
export interface RequestContext {
  req: CandorRequest;
  res: Response;
  loaders: LoaderRegistry;
}
