import { PartialType } from '@nestjs/swagger';
import { CreateMessageTemplateDto } from './create-message-template.dto';

/** A field left out is kept; null is refused. */
export class UpdateMessageTemplateDto extends PartialType(CreateMessageTemplateDto, { skipNullProperties: false }) {}
