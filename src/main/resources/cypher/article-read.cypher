// Everything the writer reads before writing one article, in one round trip (each costs
// milliseconds while NLP keeps the cores busy): the article's state and the analyst decisions.
CALL () {
  {{article-state}}
}
CALL () {
  {{decisions-load}}
}
RETURN duplicateOf, stored, run, merges, surnames, lone, mapped, splits
