import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PREVIEW_HEADER } from '@tiergate/access';
import { Authenticated } from '../access/access-rule.decorator';
import { Caller, CurrentCaller } from '../access/caller';
import { ApiErrors } from '../common/api-answers';
import { MeView } from '../me/me.view';
import { PreviewQuery } from './dto/preview.query';
import { PreviewOpenService } from './preview.service';

@ApiTags('governance')
@Controller('preview')
export class PreviewController {
  constructor(private readonly previews: PreviewOpenService) {}

  @Get()
  @Authenticated()
  @ApiOperation({
    summary: 'Open a preview: GET /me as that account or role would get it (R15)',
    description:
      `Read only and capped by the caller's own permissions and customers; audited \`preview.open\`. The panel then sends ` +
      `\`${PREVIEW_HEADER}: account:<id>\` or \`role:<id>\` with its own token on every request of the preview: each answers as ` +
      'the previewed account would be answered within the same caps, and anything but GET or HEAD is 403 `PREVIEW_READ_ONLY`.',
  })
  @ApiOkResponse({ type: MeView })
  @ApiErrors({
    403: 'Requires `user_profile` (an account) or `role_module` (a role)',
    404: 'No such account or role, or not one the caller manages (R11) or sees (R7)',
  })
  open(@CurrentCaller() caller: Caller, @Query() query: PreviewQuery): Promise<MeView> {
    return this.previews.open(caller, query);
  }
}
