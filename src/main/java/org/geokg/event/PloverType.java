package org.geokg.event;

/** The 16 PLOVER event types (Open Event Data Alliance), in the order of the PLOVER manual. */
public enum PloverType {
  AGREE, CONSULT, SUPPORT, COOPERATE, AID, CONCEDE, RETREAT, ACCUSE, REQUEST, REJECT, THREATEN,
  PROTEST, MOBILIZE, SANCTION, COERCE, ASSAULT
}
