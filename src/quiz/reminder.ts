// At most one reminder a day, and only when something is due.
import * as vscode from 'vscode';
import { dayKey } from '../core/quiz/day';
import { COMMANDS, STATE_KEYS } from '../ids';
import { quizSettings } from '../settings';
import type { QuizService } from './quizService';

/** Returns true when it showed the reminder. */
export async function remindOncePerDay(state: vscode.Memento, quiz: QuizService, now = Date.now()): Promise<boolean> {
  const settings = quizSettings();
  if (!settings.dailyReminder) return false;
  const today = dayKey(now, settings.dayStartHour);
  if (state.get<string>(STATE_KEYS.lastReminderDay) === today) return false;
  const queue = await quiz.queue(now);
  const due = queue.due.length + queue.fresh.length;
  if (due === 0) return false;
  await state.update(STATE_KEYS.lastReminderDay, today);
  const start = vscode.l10n.t('Start Quiz');
  const off = vscode.l10n.t('Turn Off Reminders');
  void vscode.window.showInformationMessage(vscode.l10n.t('Backend Cards: {0} quiz items are due today.', due), start, off).then((choice) => {
    if (choice === start) void vscode.commands.executeCommand(COMMANDS.startQuiz);
    if (choice === off) void vscode.workspace.getConfiguration('backendCards').update('quiz.dailyReminder', false, vscode.ConfigurationTarget.Global);
  });
  return true;
}
