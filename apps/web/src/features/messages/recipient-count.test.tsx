/// <reference types="jest" />
import { screen } from '@testing-library/react';
import { MAX_MESSAGE_RECIPIENTS } from '@tiergate/access';
import { renderWithProviders } from '../../test/render';
import { RecipientCount, sendable } from './recipient-count';

const lineOf = (recipients: number, withoutPhone: number, everyone = false) => {
  const { unmount } = renderWithProviders(<RecipientCount count={{ recipients, withoutPhone }} everyone={everyone} />);
  const text = screen.getByRole('status').textContent;
  unmount();
  return text;
};

describe('RecipientCount (the Send message dialog’s line)', () => {
  it('says how many a group reaches and how many are skipped for want of a phone', () => {
    expect(lineOf(1234, 12)).toBe(`Reaches ${(1234).toLocaleString()} subscribers (12 without a phone are skipped)`);
    expect(lineOf(1, 1)).toBe('Reaches 1 subscriber (1 without a phone is skipped)');
    expect(lineOf(3, 0)).toBe('Reaches 3 subscribers');
  });

  it('makes plain that an empty filter is everyone', () => {
    expect(lineOf(57, 2, true)).toBe('Reaches every subscriber you manage: 57 (2 without a phone are skipped)');
  });

  it('says when nothing matches or the group is past the bound, and neither may be sent', () => {
    expect(lineOf(0, 0)).toBe('No subscriber matches');
    expect(lineOf(MAX_MESSAGE_RECIPIENTS + 1, 0, true)).toBe(
      `Too many: ${(MAX_MESSAGE_RECIPIENTS + 1).toLocaleString()} subscribers match, and one send may reach at most ${MAX_MESSAGE_RECIPIENTS.toLocaleString()}. Narrow the filters.`,
    );
    expect([0, 1, MAX_MESSAGE_RECIPIENTS, MAX_MESSAGE_RECIPIENTS + 1].map((recipients) => sendable({ recipients, withoutPhone: 0 }))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});
