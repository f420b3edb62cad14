// Shared projection of an event relation r from s to t, read from article art (may be null).
{id: r.id, type: type(r), plover: r.plover, cameo: r.cameo, date: r.date,
 place: r.place, confidence: r.confidence, negated: r.negated, modality: r.modality,
 attribution: r.attribution, sentences: r.sentences,
 source: s {.key, .name, .kind, .code}, target: t {.key, .name, .kind, .code},
 article: art {.id, .url, .title, .publishedAt, .publisher}}
