import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { PHONE_PATTERN } from './create-subscriber.dto';

export class UpdateSubscriberDto {
  @ApiPropertyOptional()
  @IsOptional()
  @MaxLength(100)
  @Matches(/\S/, { message: 'name must not be empty' })
  @IsString({ message: 'name must be a string' })
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(PHONE_PATTERN, { message: 'phone must be a phone number' })
  @IsString({ message: 'phone must be a string' })
  phone?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @MaxLength(300)
  @IsString({ message: 'address must be a string' })
  address?: string;

  @ApiPropertyOptional({ description: 'Moves the subscriber to another operator in scope; needs transfer_subscriber too' })
  @IsOptional()
  @Min(1)
  @IsInt({ message: 'ownerId must be an integer' })
  ownerId?: number;
}
