import { BadRequestException } from '@nestjs/common';
import { unknownPlaceholders } from '@tiergate/access';

/** Refuses placeholders other than MESSAGE_PLACEHOLDERS, naming them (`Unknown placeholder: {{foo}}`). */
export function assertKnownPlaceholders(body: string): void {
  const unknown = unknownPlaceholders(body);
  if (unknown.length) throw new BadRequestException(`Unknown placeholder${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`);
}
