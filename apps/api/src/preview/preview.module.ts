import { Module } from '@nestjs/common';
import { MeModule } from '../me/me.module';
import { PreviewController } from './preview.controller';
import { PreviewOpenService } from './preview.service';

@Module({ imports: [MeModule], controllers: [PreviewController], providers: [PreviewOpenService] })
export class PreviewModule {}
