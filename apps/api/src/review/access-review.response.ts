import { ApiProperty } from '@nestjs/swagger';
import { ApiDateTime, ApiInt, ApiPermissionKeys } from '../common/api-answers';

/** One key of the catalog: the shared PermissionKey enum, not a list of them. */
const ApiPermissionKey = () => ApiPermissionKeys({ isArray: false });

export class UnusedKey {
  @ApiPermissionKey() key: string;
  @ApiProperty() label: string;
  @ApiDateTime({ nullable: true, description: 'The last use before the window, or null when never used' }) lastUsedAt: Date | null;
}

export class UsedKey {
  @ApiPermissionKey() key: string;
  @ApiDateTime() lastUsedAt: Date;
}

/** R15: the keys held, split by whether they were exercised in the last `days` days (catalog order). */
export class AccessReview {
  @ApiInt() days: number;
  @ApiProperty({ type: [UnusedKey] }) unused: UnusedKey[];
  @ApiProperty({ type: [UsedKey] }) used: UsedKey[];
}
