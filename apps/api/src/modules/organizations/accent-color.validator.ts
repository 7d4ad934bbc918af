import { accentColorProblem } from '@candor/domain';
import { ValidationArguments, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';

/** An accent colour the status page may use: #rrggbb, dark enough under white text (accentColorProblem in libs/domain). */
@ValidatorConstraint({ name: 'isAccentColor' })
export class IsAccentColor implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && accentColorProblem(value) === null;
  }

  defaultMessage(args: ValidationArguments): string {
    return typeof args.value === 'string' ? (accentColorProblem(args.value) ?? '') : 'must be a colour written #rrggbb, e.g. #1f4f8a';
  }
}
