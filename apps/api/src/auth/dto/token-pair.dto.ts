import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApiInt } from '../../common/api-answers';

export class TokenPairDto {
  @ApiProperty() accessToken: string;
  @ApiPropertyOptional({ description: 'Absent when it went into the HttpOnly cookie instead' }) refreshToken?: string;
  @ApiInt({ description: 'Seconds until the access token expires' }) expiresIn: number;
}
