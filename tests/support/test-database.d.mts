export function createTestDatabase(prefix: string): Promise<{ url: string; adminUrl: string; drop: () => Promise<void> }>;
