package org.geokg.event;

import java.util.Locale;
import java.util.Optional;

/**
 * The event relations the graph holds between actors. Each constant is a Neo4j relationship type
 * (its {@link #name()}), coded with one PLOVER type and the CAMEO code closest to it; symmetric
 * types ("X met with Y" is "Y met with X") are stored once per pair.
 */
public enum RelationType {
  AGREED_WITH(PloverType.AGREE, "030", true),
  SIGNED_AGREEMENT_WITH(PloverType.AGREE, "057", true),
  MET_WITH(PloverType.CONSULT, "040", true),
  SPOKE_WITH(PloverType.CONSULT, "041", true),
  VISITED(PloverType.CONSULT, "042", false),
  HOSTED(PloverType.CONSULT, "043", false),
  NEGOTIATED_WITH(PloverType.CONSULT, "046", true),
  SUPPORTED(PloverType.SUPPORT, "050", false),
  PRAISED(PloverType.SUPPORT, "051", false),
  COOPERATED_WITH(PloverType.COOPERATE, "060", true),
  AIDED(PloverType.AID, "070", false),
  RELEASED(PloverType.CONCEDE, "0841", false),
  CONCEDED_TO(PloverType.CONCEDE, "080", false),
  EASED_SANCTIONS_ON(PloverType.CONCEDE, "085", false),
  WITHDREW_FROM(PloverType.RETREAT, "087", false),
  /** Let in another's observers, inspectors or peacekeepers (CAMEO 086, coded RETREAT in PLOVER data). */
  ADMITTED(PloverType.RETREAT, "086", false),
  ACCUSED(PloverType.ACCUSE, "112", false),
  CRITICIZED(PloverType.ACCUSE, "111", false),
  INVESTIGATED(PloverType.ACCUSE, "090", false),
  CHARGED(PloverType.ACCUSE, "1121", false),
  REQUESTED(PloverType.REQUEST, "020", false),
  DEMANDED(PloverType.REQUEST, "100", false),
  REJECTED(PloverType.REJECT, "120", false),
  THREATENED(PloverType.THREATEN, "130", false),
  PROTESTED_AGAINST(PloverType.PROTEST, "140", false),
  MOBILIZED_AGAINST(PloverType.MOBILIZE, "150", false),
  SANCTIONED(PloverType.SANCTION, "163", false),
  EXPELLED(PloverType.SANCTION, "166", false),
  ARRESTED(PloverType.COERCE, "173", false),
  /** Convicted or sentenced by a court (CAMEO files it under 173, legal action). */
  SENTENCED(PloverType.COERCE, "173", false),
  COERCED(PloverType.COERCE, "170", false),
  ATTACKED(PloverType.ASSAULT, "190", false),
  KILLED(PloverType.ASSAULT, "1823", false),
  ASSASSINATED(PloverType.ASSAULT, "186", false),
  PLOTTED_AGAINST(PloverType.ASSAULT, "185", false);

  private final PloverType plover;
  private final String cameo;
  private final boolean symmetric;

  RelationType(PloverType plover, String cameo, boolean symmetric) {
    this.plover = plover;
    this.cameo = cameo;
    this.symmetric = symmetric;
  }

  public PloverType plover() {
    return plover;
  }

  /** The CAMEO event code, e.g. {@code 040} for "consult". */
  public String cameo() {
    return cameo;
  }

  /** Whether source and target are interchangeable. */
  public boolean symmetric() {
    return symmetric;
  }

  /** The relation that says no more than its PLOVER type: MET_WITH for CONSULT, ATTACKED for ASSAULT. */
  public static RelationType general(PloverType type) {
    return switch (type) {
      case AGREE -> AGREED_WITH;
      case CONSULT -> MET_WITH;
      case SUPPORT -> SUPPORTED;
      case COOPERATE -> COOPERATED_WITH;
      case AID -> AIDED;
      case CONCEDE -> CONCEDED_TO;
      case RETREAT -> WITHDREW_FROM;
      case ACCUSE -> ACCUSED;
      case REQUEST -> REQUESTED;
      case REJECT -> REJECTED;
      case THREATEN -> THREATENED;
      case PROTEST -> PROTESTED_AGAINST;
      case MOBILIZE -> MOBILIZED_AGAINST;
      case SANCTION -> SANCTIONED;
      case COERCE -> COERCED;
      case ASSAULT -> ATTACKED;
    };
  }

  /** The constant named {@code name}, ignoring case, if any. */
  public static Optional<RelationType> parse(String name) {
    try {
      return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
