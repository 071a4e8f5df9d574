/** The part of text-readability the plain-words test uses (the package ships no types). */
declare module 'text-readability' {
  const readability: {
    fleschKincaidGrade(text: string): number;
    fleschReadingEase(text: string): number;
    lexiconCount(text: string): number;
    sentenceCount(text: string): number;
  };
  export default readability;
}
