/** Back/forward history of visited card ids, like a browser's. */
export class CardHistory {
  private stack: string[] = [];
  private position = -1;

  get current(): string | undefined {
    return this.stack[this.position];
  }

  get canGoBack(): boolean {
    return this.position > 0;
  }

  get canGoForward(): boolean {
    return this.position < this.stack.length - 1;
  }

  /** Records a visit; visiting the current card again changes nothing. */
  visit(id: string): void {
    if (this.current === id) return;
    this.stack = this.stack.slice(0, this.position + 1);
    this.stack.push(id);
    this.position = this.stack.length - 1;
  }

  back(): string | undefined {
    if (this.canGoBack) this.position--;
    return this.current;
  }

  forward(): string | undefined {
    if (this.canGoForward) this.position++;
    return this.current;
  }
}
