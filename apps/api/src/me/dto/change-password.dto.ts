import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { IsNewPassword } from '../../common/fields';

export class ChangePasswordDto {
  @ApiProperty()
  @MinLength(1, { message: 'currentPassword must not be empty' })
  @MaxLength(200)
  @IsString({ message: 'currentPassword must be a string' })
  currentPassword: string;

  @ApiProperty({ minLength: 8 })
  @IsNewPassword()
  newPassword: string;
}
