package org.geokg.event;

/** How a sentence presents an event: as fact, as what someone intends, or as what may happen. */
public enum Modality {
  /** Reported as having happened or happening ("met", "imposed"). */
  ASSERTED,
  /** Planned, promised or ordered but not reported done ("plans to meet", "will visit", "vowed to"). */
  INTENDED,
  /** Possible or hypothetical ("could sanction", "may withdraw"). */
  POSSIBLE
}
