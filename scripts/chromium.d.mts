export declare const CHROMIUM: string;
export declare function launchArgs(extensionDir: string): string[];
