// naughty-words ships no types: a map from language code to its list of words.
declare module 'naughty-words' {
  const lists: Record<string, string[]>;
  export default lists;
}
