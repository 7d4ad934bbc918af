import { EmailTemplate, sampleVariablesOf, TemplateKind, TemplateRenderError, templateRuntimeProblems } from '@candor/emails';
import { DomainException, ErrorCode } from '../../common/domain.exception';
import { TemplatePool } from './template-pool';

/** The worker pool is full (many templates being checked at once): not the template's fault. */
export const renderingBusy = () =>
  new DomainException(ErrorCode.TOO_MANY_REQUESTS, 'Email rendering is busy right now. Please try again in a moment.', { retryAfterSeconds: 5 });

/**
 * Checks a template an organization saves: syntax and placeholders of its `kind`, then a trial
 * render with that kind's sample data within the rendering limits (all in a worker).
 * @throws DomainException BAD_USER_INPUT naming the field, or TOO_MANY_REQUESTS when the pool is busy.
 */
export async function assertTemplateRenders(templates: TemplatePool, template: EmailTemplate, kind: TemplateKind, publicUrl: string): Promise<void> {
  try {
    const problems = await templates.check(template, kind);
    if (problems.length > 0) throw DomainException.badInput(problems);
    const runtime = await templateRuntimeProblems(templates, template, sampleVariablesOf(kind, publicUrl), kind);
    if (runtime.length > 0) throw DomainException.badInput(runtime);
  } catch (error) {
    if (error instanceof TemplateRenderError) throw error.reason === 'BUSY' ? renderingBusy() : DomainException.badInput([{ field: 'body', message: error.message }]);
    throw error;
  }
}
