// Vite's `?raw` suffix imports a fixture file as its exact text (no JSON parsing, no reformatting).
declare module '*.json?raw' {
  const text: string;
  export = text;
}
declare module '*.xml?raw' {
  const text: string;
  export = text;
}
declare module '*.txt?raw' {
  const text: string;
  export = text;
}
