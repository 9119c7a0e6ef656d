// THIS FOLDER IS IMPORTED IN BOTH BUILD-TIME AND BROWSER CODE: keep it pure (no DOM, no Node, no Astro, no zod values).
export * from './search';
export * from './diagnosis';
export * from './diagnosis-message';
export * from './settlement';
export * from './quiz';
export * from './records';
export * from './csv-export';
export * from './team-report';
export * from './training-state';
export * from './training-data';
export * from './profiles';
export * from './attempts';
export * from './quiz-screen';
