import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class UpdateUserDto {
  @ApiPropertyOptional()
  @IsOptional()
  @MaxLength(100)
  @Matches(/\S/, { message: 'name must not be empty' })
  @IsString({ message: 'name must be a string' })
  name?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{3,30}$/, { message: 'phone must be a phone number' })
  @IsString({ message: 'phone must be a string' })
  phone?: string;

  @ApiPropertyOptional({ enum: ['active', 'disabled'] })
  @IsOptional()
  @IsIn(['active', 'disabled'], { message: 'status must be "active" or "disabled"' })
  status?: 'active' | 'disabled';

  @ApiPropertyOptional({ enum: ['direct', 'subtree'] })
  @IsOptional()
  @IsIn(['direct', 'subtree'], { message: 'scope must be "direct" or "subtree"' })
  scope?: 'direct' | 'subtree';
}
