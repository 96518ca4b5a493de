import { ApiProperty } from '@nestjs/swagger';
import { MODULE_KEYS } from '@tiergate/access';
import { IsBoolean, IsString, MaxLength } from 'class-validator';

export class SwitchModuleDto {
  /** Checked against the catalog by the service, which names an unknown key in its 400. */
  @ApiProperty({ enum: MODULE_KEYS, description: "A module's key in the catalog (GET /permissions)" })
  @MaxLength(64)
  @IsString({ message: 'key must be a string' })
  key: string;

  @ApiProperty()
  @IsBoolean({ message: 'enabled must be true or false' })
  enabled: boolean;
}
