import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SOURCES } from '@/core/settings/default-sources';
import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import { loadSettings, saveSettings, settingsItem } from '@/lib/settings';
import { toFormText, validateForm } from './form';
import { App } from './App';

async function field(name: string) {
  return (await screen.findByRole('textbox', { name })) as HTMLInputElement;
}

describe('options form model', () => {
  it('round-trips the defaults, percentages included', () => {
    const text = toFormText(DEFAULT_SETTINGS);
    expect(text['clickThrough.micro.expected']).toBe('1.8');
    expect(text['pricing.instagramFormat']).toBe('post');
    const result = validateForm(text, DEFAULT_SETTINGS.excludePinned);
    expect(result).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });
});

describe('options page', () => {
  it('shows where every default comes from', async () => {
    render(<App />);
    for (const source of Object.values(DEFAULT_SOURCES).filter((s) => !s.startsWith('US dollars'))) {
      expect(await screen.findByText(`Default source: ${source}`)).toBeTruthy();
    }
  });

  it('rejects thresholds out of order, next to the field, and saves nothing', async () => {
    render(<App />);
    fireEvent.change(await field('Micro'), { target: { value: '500' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    const group = screen.getByRole('group', { name: /Tier thresholds/ });
    expect(within(group).getByRole('alert').textContent).toBe('thresholds must increase');
    expect(await screen.findByText('Not saved: fix the fields marked below.')).toBeTruthy();
    expect(await settingsItem.getValue()).toBeNull();
  });

  it('marks a non-number and an out-of-range rate inline', async () => {
    render(<App />);
    fireEvent.change(await field('Average order value'), { target: { value: 'lots' } });
    const group = screen.getByRole('group', { name: /Click-through rate.* · Micro/ });
    fireEvent.change(within(group).getByRole('textbox', { name: 'High (p90)' }), { target: { value: '150' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    const aov = await field('Average order value');
    expect(aov.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(aov.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Enter a number');
    expect(within(group).getAllByRole('alert').length).toBeGreaterThan(0);
  });

  it('saves a valid change', async () => {
    render(<App />);
    fireEvent.change(await field('Micro'), { target: { value: '20000' } });
    fireEvent.change(await field('Currency (ISO code)'), { target: { value: 'eur' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    const { settings } = await loadSettings();
    expect(settings.tierThresholds.micro).toBe(20_000);
    expect(settings.currency).toBe('EUR');
    expect(settings.pricing).toEqual(DEFAULT_SETTINGS.pricing);
  });

  it('shows stored values and each default, and resets to defaults', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, averageOrderValue: 250 });
    render(<App />);
    const aov = await field('Average order value');
    await screen.findByDisplayValue('250');
    expect(document.getElementById(`${aov.id}-default`)?.textContent).toBe('Default: $100');
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(await screen.findByText('Defaults restored and saved.')).toBeTruthy();
    expect(aov.value).toBe('100');
    expect((await loadSettings()).settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe('options page: the money model', () => {
  it('edits the price per 1,000 followers and the post format', async () => {
    render(<App />);
    const group = await screen.findByRole('group', { name: 'Instagram: price per 1,000 followers · Micro' });
    fireEvent.change(within(group).getByRole('textbox', { name: 'Typical (median)' }), { target: { value: '12' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Instagram post format' }), { target: { value: 'reel' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    const { settings } = await loadSettings();
    expect(settings.pricing.perThousand.instagram.micro).toEqual({ low: 5, expected: 12, high: 20 });
    expect(settings.pricing.instagramFormat).toBe('reel');
  });
});

describe('options page: tiers, benchmarks and gifting', () => {
  it('applies a tier preset in one click and names the scale', async () => {
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: /nano from 500, mega from 700K/ }));
    expect((await field('Nano')).value).toBe('500');
    expect((await field('Mega')).value).toBe('700000');
    expect(screen.getByText(/Scale: 500 \/ 10K/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect((await loadSettings()).settings.tierThresholds).toEqual({
      nano: 500,
      micro: 10_000,
      macro: 100_000,
      mega: 700_000,
    });
  });

  it('edits a benchmark figure and the gifting option, with their sources shown', async () => {
    render(<App />);
    const micro = await field('Micro (Instagram, by followers)');
    expect(micro.value).toBe('1.6');
    fireEvent.change(micro, { target: { value: '2.5' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /Pay nano/ }));
    const gift = screen.getByRole('group', { name: /Gifted product cost/ });
    fireEvent.change(within(gift).getByRole('textbox', { name: 'Typical (median)' }), { target: { value: '35' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    const { settings } = await loadSettings();
    expect(settings.benchmarks.instagramByFollowers.micro).toBe(0.025);
    // Gifting is on by default: the click turns it off.
    expect(settings.gifting).toEqual({ nano: false, productCost: { low: 20, expected: 35, high: 60 } });
  });

  it('rejects a zero benchmark next to the field', async () => {
    render(<App />);
    fireEvent.change(await field('Nano (TikTok, by views)'), { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Not saved: fix the fields marked below.')).toBeTruthy();
    expect((await field('Nano (TikTok, by views)')).getAttribute('aria-invalid')).toBe('true');
  });
});
