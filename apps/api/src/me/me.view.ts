import { ApiProperty } from '@nestjs/swagger';
import { ApiInt } from '../common/api-answers';
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
  @ApiProperty({ type: [String] }) permissions: string[];
}
