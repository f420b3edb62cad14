package org.geokg.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** Bodies of the analyst decisions on actors ({@link ActorController}). */
final class CurationRequests {
  private CurationRequests() {}

  /** Merge the actor {@code other} into the actor of the path. */
  @Schema(description = "The actor to merge into the actor of the path; it is deleted")
  record Merge(@Schema(description = "actor id, e.g. org:doge", requiredMode = Schema.RequiredMode.REQUIRED)
      String other) {}

  /** Split {@code alias} off the actor of the path. */
  @Schema(description = "An alias to split off the actor of the path")
  record Split(
      @Schema(description = "one of the actor's aliases", requiredMode = Schema.RequiredMode.REQUIRED) String alias,
      @Schema(description = "an existing actor the alias designates; omitted: a new actor named by the alias")
      String into,
      @Schema(description = "kind of the new actor: PERSON or ORGANIZATION; omitted: the actor's own kind")
      String kind) {}
}
