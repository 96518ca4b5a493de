import { BadRequestException, Injectable, PipeTransform, Type } from '@nestjs/common';
import { InputValidationPipe } from './input-validation.pipe';

/**
 * A body that is one object of `dto` or an array of 1 to `max` of them, each checked as InputValidationPipe checks a
 * body; an item's refusal says which item it is. Always answers an array.
 */
@Injectable()
export class OneOrManyPipe<T extends object> implements PipeTransform<unknown, Promise<T[]>> {
  private readonly validation = new InputValidationPipe();

  constructor(
    private readonly dto: Type<T>,
    private readonly max: number,
  ) {}

  async transform(value: unknown): Promise<T[]> {
    if (!Array.isArray(value)) return [await this.validation.transform(value, { type: 'body', metatype: this.dto })];
    if (value.length < 1 || value.length > this.max) throw new BadRequestException(`Body must be one object or an array of 1 to ${this.max}`);
    const items: T[] = [];
    for (const [i, item] of value.entries()) {
      try {
        items.push(await this.validation.transform(item, { type: 'body', metatype: this.dto }));
      } catch (e) {
        if (!(e instanceof BadRequestException)) throw e;
        const { message } = e.getResponse() as { message: string | string[] };
        throw new BadRequestException([message].flat().map((m) => `item ${i + 1}: ${m}`));
      }
    }
    return items;
  }
}
