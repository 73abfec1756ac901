export function l10nKeys(srcDir: string): string[];
