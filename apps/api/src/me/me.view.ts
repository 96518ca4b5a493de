import { ApiProperty } from '@nestjs/swagger';
import { ApiInt, ApiMoney, ApiPermissionKeys } from '../common/api-answers';
import { AccountIdentity } from '../users/account.response';

export class MeRole {
  @ApiInt() id: number;
  @ApiProperty() name: string;
  @ApiProperty() displayName: string;
}

/** GET /me (R13): the account and its effective permission keys. */
export class MeView extends AccountIdentity {
  @ApiProperty() branch: string;
  @ApiProperty({ enum: ['direct', 'subtree'] }) scope: 'direct' | 'subtree';
  @ApiProperty({ type: MeRole }) role: MeRole;
  @ApiPermissionKeys() permissions: string[];
  @ApiMoney({ required: false, description: 'The prepaid balance the account spends from: an operator’s own (types 3-5), its principal’s for its staff' })
  balance?: string;
  @ApiProperty({ type: 'string', nullable: true, example: 'USD', description: 'The installation’s currency (ISO 4217), null when unset' })
  currency: string | null;
  @ApiProperty({ type: [String], example: ['ticket_module'], description: 'Modules the Admin has switched off for the whole installation (R9)' })
  disabledModules: string[];
}
