// The review log in globalState, synced by Settings Sync. Every write first merges what
// is stored (another window or a sync may have added events), so nothing is lost to a
// last-writer-wins overwrite. A damaged state is backed up and what is readable is kept.
import * as vscode from 'vscode';
import { decodeState, encodeState } from '../core/quiz/persistedState';
import { mergeLogs, type ReviewEvent } from '../core/quiz/reviewLog';
import { STATE_KEYS } from '../ids';

export class ReviewStore implements vscode.Disposable {
  private events: ReviewEvent[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly state: vscode.Memento & { setKeysForSync(keys: readonly string[]): void }) {
    state.setKeysForSync([STATE_KEYS.reviews]);
    this.events = this.read();
    // Another window may have reviewed meanwhile: pick its events up when we get focus.
    this.disposables.push(vscode.window.onDidChangeWindowState((s) => s.focused && this.refresh()));
  }

  get log(): readonly ReviewEvent[] {
    return this.events;
  }

  /** Re-reads the stored log and merges it into ours; fires onDidChange when it grew. */
  refresh(): void {
    const before = this.events.length;
    this.events = mergeLogs(this.events, this.read());
    if (this.events.length !== before) this.changed.fire();
  }

  async append(...events: ReviewEvent[]): Promise<void> {
    this.events = mergeLogs(this.read(), this.events, events);
    await this.state.update(STATE_KEYS.reviews, encodeState(this.events));
    this.changed.fire();
  }

  private read(): ReviewEvent[] {
    const raw = this.state.get<unknown>(STATE_KEYS.reviews);
    const result = decodeState(raw);
    if (result.problems.length > 0) {
      const backupKey = `${STATE_KEYS.reviewsBackupPrefix}${Date.now()}`;
      void this.state.update(backupKey, raw);
      // Keep what was readable; the next write stores it in the current format.
      void this.state.update(STATE_KEYS.reviews, encodeState(result.events));
      void vscode.window.showWarningMessage(
        vscode.l10n.t(
          'Backend Cards: part of your review history could not be read ({0}). {1} reviews were recovered; the original was kept as a backup ({2}).',
          result.problems.slice(0, 3).join('; ') + (result.problems.length > 3 ? '; …' : ''),
          result.events.length,
          backupKey,
        ),
      );
    } else if (result.migrated) {
      void this.state.update(STATE_KEYS.reviews, encodeState(result.events));
    }
    return result.events;
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
