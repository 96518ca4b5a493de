import { ApiProperty } from '@nestjs/swagger';
import { MODULE_KEYS, ModuleKey } from '@tiergate/access';

/** One module of the catalog and whether it is on for the whole installation (R9). */
export class ModuleSwitch {
  @ApiProperty({ enum: MODULE_KEYS }) key: ModuleKey;
  @ApiProperty({ example: 'Subscriber Management' }) label: string;
  @ApiProperty() enabled: boolean;
}
