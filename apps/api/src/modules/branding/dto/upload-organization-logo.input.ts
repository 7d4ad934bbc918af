import { Field, InputType } from '@nestjs/graphql';
import { IsString, Matches, MaxLength } from 'class-validator';
import { LIMITS, LOGO_MAX_BASE64_CHARS } from '@candor/domain';

/** Standard base64 (RFC 4648 §4), padded: nothing else is decoded. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

@InputType()
export class UploadOrganizationLogoInput {
  @Field({ description: `The image file, base64-encoded: a PNG or JPEG of at most ${LIMITS.logoBytes / 1024} KB and ${LIMITS.logoSidePixels} pixels a side.` })
  @IsString()
  // Checked before anything is decoded: a longer text cannot be a file of the allowed size.
  @MaxLength(LOGO_MAX_BASE64_CHARS, { message: `must be a file of at most ${LIMITS.logoBytes / 1024} KB` })
  @Matches(BASE64, { message: 'must be the image file encoded in base64' })
  contentBase64: string;
}
