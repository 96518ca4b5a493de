import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class TokenPairDto {
  @ApiProperty() accessToken: string;
  @ApiPropertyOptional({ description: 'Absent when it went into the HttpOnly cookie instead' }) refreshToken?: string;
  @ApiProperty({ description: 'Seconds until the access token expires' }) expiresIn: number;
}
