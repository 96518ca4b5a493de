import { ApiProperty, ApiPropertyOptions } from '@nestjs/swagger';

const COMPONENTS: ApiPropertyOptions = {
  type: 'object',
  description: 'By component (database, redis): `{status: "up"}`',
  additionalProperties: { type: 'object', properties: { status: { type: 'string', enum: ['up', 'down'] }, message: { type: 'string' } }, required: ['status'] },
};

/** @nestjs/terminus's answer when every component is up. */
export class HealthView {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
  @ApiProperty(COMPONENTS) info: object;
  @ApiProperty(COMPONENTS) error: object;
  @ApiProperty(COMPONENTS) details: object;
}
