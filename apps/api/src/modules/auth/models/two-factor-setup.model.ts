import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A new authenticator to confirm with its first code (confirmTwoFactorSetup).' })
export class TwoFactorSetup {
  @Field({ description: 'The Base32 seed, for typing into the app by hand.' }) secret: string;
  @Field({ description: 'The otpauth:// URI the QR code holds.' }) uri: string;
  @Field({ description: 'The URI as a QR code: a PNG data: URL.' }) qrCode: string;
}
