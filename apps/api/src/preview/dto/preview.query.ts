import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsId, OptionalField } from '../../common/fields';

/** Exactly one of the two (the service refuses none or both with 400). */
export class PreviewQuery {
  @ApiPropertyOptional({ description: 'Preview as a role the caller can see (R7); needs role_module' })
  @OptionalField()
  @IsId({ query: true })
  roleId?: number;

  @ApiPropertyOptional({ description: 'Preview as an account the caller manages (R11); needs user_profile' })
  @OptionalField()
  @IsId({ query: true })
  accountId?: number;
}
