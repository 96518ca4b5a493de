import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';

export class AddNoteDto {
  @ApiProperty({ example: 'Router replaced on site' })
  @MaxLength(2000)
  @Matches(/\S/, { message: 'body must not be empty' })
  @IsString({ message: 'body must be a string' })
  body: string;
}
