package org.geokg.actor;

/** The kinds of actor the graph holds; each is also a Neo4j label beside {@code Actor}. */
public enum ActorKind {
  PERSON("Person"),
  COUNTRY("Country"),
  ORGANIZATION("Organization");

  private final String label;

  ActorKind(String label) {
    this.label = label;
  }

  /** The Neo4j label of this kind. */
  public String label() {
    return label;
  }
}
