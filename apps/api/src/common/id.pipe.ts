import { BadRequestException, Injectable, PipeTransform } from '@nestjs/common';

/** The largest value of PostgreSQL's int, the type of every id. */
export const MAX_INT = 2_147_483_647;

/** A path id: a positive integer within PostgreSQL's int range, or 400. */
@Injectable()
export class IdPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    const id = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
    if (!(id >= 1 && id <= MAX_INT)) throw new BadRequestException('id must be a positive integer');
    return id;
  }
}
