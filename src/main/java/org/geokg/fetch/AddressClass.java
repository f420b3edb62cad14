package org.geokg.fetch;

/**
 * What kind of address an IP address is; {@link UrlGuard} refuses everything but {@link #PUBLIC}.
 * Its own type so that the guard and its address table ({@code UrlGuardAddresses}) each depend on it,
 * not on each other.
 */
public enum AddressClass {
  PUBLIC,
  LOOPBACK,
  PRIVATE,
  LINK_LOCAL,
  MULTICAST,
  UNSPECIFIED,
  BROADCAST,
  METADATA,
  RESERVED
}
