import { ArgumentMetadata, BadRequestException, Injectable, ValidationPipe } from '@nestjs/common';

/**
 * The global validation of bodies and queries against their DTO: unknown fields are refused, and a body that
 * is present must be a JSON object. class-validator runs a property's decorators bottom-up, so DTOs put the
 * type check last: a wrong type is reported as such rather than as "too long".
 */
@Injectable()
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({ whitelist: true, forbidNonWhitelisted: true, transform: true, forbidUnknownValues: true, stopAtFirstError: true });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata) {
    // Path parameters are ids checked by IdPipe on the raw text: transforming them first would read "+1" or "0x10" as numbers.
    if (metadata.type === 'param') return value;
    // A body declared as an array is checked by the route's own pipe (OneOrManyPipe), item by item.
    if (metadata.type === 'body' && metadata.metatype === Array) return value;
    if (metadata.type === 'body' && value !== undefined && (typeof value !== 'object' || value === null || Array.isArray(value))) {
      throw new BadRequestException('Body must be a JSON object');
    }
    return super.transform(value, metadata);
  }
}
