// Typed access to the extension's settings. Unknown values fall back to the default
// and are reported once, instead of breaking a feature.
import * as vscode from 'vscode';
import type { Lang } from './core/content/model';
import { resolveLanguage } from './core/content/contentIndex';
import { SETTINGS, SETTINGS_SECTION } from './ids';

const LANGUAGE_VALUES = ['auto', 'zh', 'en'] as const;
export type LanguageSetting = (typeof LANGUAGE_VALUES)[number];

const warned = new Set<string>();

function warnInvalid(key: string, value: unknown, allowed: readonly string[]) {
  const id = `${key}=${JSON.stringify(value)}`;
  if (warned.has(id)) return;
  warned.add(id);
  void vscode.window.showWarningMessage(
    vscode.l10n.t('Setting {0}: "{1}" is not one of {2}; using "{3}".', `${SETTINGS_SECTION}.${key}`, String(value), allowed.join(', '), allowed[0] ?? ''),
  );
}

export function languageSetting(): LanguageSetting {
  const value = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<unknown>(SETTINGS.language, 'auto');
  if ((LANGUAGE_VALUES as readonly unknown[]).includes(value)) return value as LanguageSetting;
  warnInvalid(SETTINGS.language, value, LANGUAGE_VALUES);
  return 'auto';
}

/** The language cards are shown in now. */
export function cardLanguage(): Lang {
  return resolveLanguage(languageSetting(), vscode.env.language);
}

export async function setCardLanguage(lang: Lang): Promise<void> {
  await vscode.workspace.getConfiguration(SETTINGS_SECTION).update(SETTINGS.language, lang, vscode.ConfigurationTarget.Global);
}

export function affectsLanguage(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(`${SETTINGS_SECTION}.${SETTINGS.language}`);
}

export interface HoverSettings {
  enabled: boolean;
  disabledLanguages: string[];
}

export function hoverSettings(): HoverSettings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  const enabled = config.get<unknown>(SETTINGS.hoverEnabled, true);
  const disabled = config.get<unknown>(SETTINGS.hoverDisabledLanguages, []);
  return {
    enabled: enabled !== false,
    disabledLanguages: Array.isArray(disabled) ? disabled.filter((l): l is string => typeof l === 'string') : [],
  };
}

const HOVER_LANGUAGE_VALUES = ['inherit', 'zh', 'en'] as const;

/** The hover's language: its own setting, or the cards' language when set to inherit. */
export function hoverLanguage(): Lang {
  const value = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<unknown>(SETTINGS.hoverLanguage, 'inherit');
  if (value === 'zh' || value === 'en') return value;
  if (value !== 'inherit') warnInvalid(SETTINGS.hoverLanguage, value, HOVER_LANGUAGE_VALUES);
  return cardLanguage();
}

export interface QuizSettings {
  newPerDay: number;
  dayStartHour: number;
  statusBar: 'always' | 'whenDue' | 'never';
  dailyReminder: boolean;
}

const STATUS_BAR_VALUES = ['whenDue', 'always', 'never'] as const;

export function quizSettings(): QuizSettings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  const int = (key: string, fallback: number, min: number, max: number) => {
    const value = config.get<unknown>(key, fallback);
    if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
    warnInvalid(key, value, [`${fallback}`, `an integer from ${min} to ${max}`]);
    return fallback;
  };
  const statusBar = config.get<unknown>(SETTINGS.quizStatusBar, 'whenDue');
  if (!(STATUS_BAR_VALUES as readonly unknown[]).includes(statusBar)) warnInvalid(SETTINGS.quizStatusBar, statusBar, STATUS_BAR_VALUES);
  return {
    newPerDay: int(SETTINGS.quizNewPerDay, 10, 0, 9999),
    dayStartHour: int(SETTINGS.quizDayStartHour, 4, 0, 23),
    statusBar: (STATUS_BAR_VALUES as readonly unknown[]).includes(statusBar) ? (statusBar as QuizSettings['statusBar']) : 'whenDue',
    dailyReminder: config.get<unknown>(SETTINGS.quizReminder, true) !== false,
  };
}

export function affectsQuiz(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(`${SETTINGS_SECTION}.quiz`);
}
