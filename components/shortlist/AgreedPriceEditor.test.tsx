import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

const setAgreedPrice = vi.fn(async () => undefined);
vi.mock('@/lib/shortlist', () => ({ setAgreedPrice }));

const { AgreedPriceEditor } = await import('./AgreedPriceEditor');

describe('AgreedPriceEditor', () => {
  it('saves a positive price on blur, clears on empty, and marks anything else', () => {
    render(<AgreedPriceEditor entryKey="instagram:jane" handle="jane" price={null} />);
    const input = screen.getByRole('textbox', { name: 'Agreed price per post for @jane' }) as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'lots' } });
    fireEvent.blur(input);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(setAgreedPrice).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: '420,5' } });
    fireEvent.blur(input);
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(setAgreedPrice).toHaveBeenLastCalledWith(expect.anything(), 'instagram:jane', 420.5, expect.any(Number));
  });
  it('clears a stored price when emptied', () => {
    render(<AgreedPriceEditor entryKey="instagram:jane" handle="jane" price={300} />);
    const input = screen.getByRole('textbox', { name: 'Agreed price per post for @jane' }) as HTMLInputElement;
    expect(input.value).toBe('300');
    fireEvent.change(input, { target: { value: '' } });
    fireEvent.blur(input);
    expect(setAgreedPrice).toHaveBeenLastCalledWith(expect.anything(), 'instagram:jane', null, expect.any(Number));
  });
});
