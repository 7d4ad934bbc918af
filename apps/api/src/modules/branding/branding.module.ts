import { Module } from '@nestjs/common';
import { BrandingResolver } from './branding.resolver';
import { BrandingService } from './branding.service';
import { LogoController } from './logo.controller';

/** The employer on the candidate's page: the organization's logo (its upload and its image route). */
@Module({ controllers: [LogoController], providers: [BrandingService, BrandingResolver] })
export class BrandingModule {}
