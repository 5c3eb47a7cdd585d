import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import { formatRange } from '@/core/text/format';
import { App } from './App';

describe('welcome page', () => {
  it('says what is read, that nothing leaves the machine, and shows the default assumptions from core', () => {
    render(<App />);
    expect(screen.getByRole('heading', { name: 'What it reads' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Nothing leaves your machine' })).toBeTruthy();
    const micro = formatRange(
      DEFAULT_SETTINGS.pricing.perThousand.instagram.micro,
      'money',
      DEFAULT_SETTINGS.currency,
      navigator.language,
    );
    expect(document.body.textContent).toContain(micro);
    expect(document.body.textContent).toContain(
      formatRange(DEFAULT_SETTINGS.reach.instagram.micro, 'percent', 'USD', navigator.language),
    );
  });

  it('links to the settings', () => {
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    render(<App />);
    screen.getByRole('button', { name: 'Change the assumptions' }).click();
    expect(open).toHaveBeenCalled();
  });
});
