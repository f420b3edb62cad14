// One article's graph in one statement, in one round trip: the article, its actors and mentions,
// its relations and roles; then the analyst decisions read again, so that the writer can tell
// whether one was recorded while it wrote.
CALL () {
  {{write-article}}
}
CALL () {
  {{write-actors}}
}
CALL () {
  {{write-relations}}
}
CALL () {
  {{write-roles}}
}
{{decisions-snapshot}}
