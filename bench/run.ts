// npm run bench: every speed and size figure the README quotes, printed in one run.
import { printTable, runCoreBench } from './core';

async function main(): Promise<void> {
  printTable(`Core engine (Node ${process.version}, ${new Date().toISOString().slice(0, 10)})`, runCoreBench());
  const { runBrowserBench } = await import('./browser');
  printTable('Browser game (headless Chromium on 127.0.0.1)', await runBrowserBench());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
