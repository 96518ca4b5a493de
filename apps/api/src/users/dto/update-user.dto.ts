import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { ClearableField, IsPhone, OptionalField } from '../../common/fields';

/** A field left out is kept; null clears the phone and is refused elsewhere. */
export class UpdateUserDto {
  @ApiPropertyOptional()
  @OptionalField()
  @MaxLength(100)
  @Matches(/\S/, { message: 'name must not be empty' })
  @IsString({ message: 'name must be a string' })
  name?: string;

  @ApiPropertyOptional({ type: 'string', nullable: true, description: 'null clears it' })
  @ClearableField()
  @IsPhone()
  phone?: string | null;

  @ApiPropertyOptional({ enum: ['active', 'disabled'] })
  @OptionalField()
  @IsIn(['active', 'disabled'], { message: 'status must be "active" or "disabled"' })
  status?: 'active' | 'disabled';

  @ApiPropertyOptional({ enum: ['direct', 'subtree'] })
  @OptionalField()
  @IsIn(['direct', 'subtree'], { message: 'scope must be "direct" or "subtree"' })
  scope?: 'direct' | 'subtree';
}
