import { Module } from '@nestjs/common';
import { MessageSettingsService } from './message-settings.service';
import { MessageTemplatesService } from './message-templates.service';
import { MessagesController } from './messages.controller';
import { MessagesQueue } from './messages.queue';
import { MessagesService } from './messages.service';

@Module({ controllers: [MessagesController], providers: [MessagesService, MessageTemplatesService, MessageSettingsService, MessagesQueue] })
export class MessagesModule {}
