import { IsTicketBody } from './create-ticket.dto';

export class AddReplyDto {
  @IsTicketBody()
  body: string;
}
